namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services;

/// <summary>Texts of the follow-ups' public pages (the unsubscribe page), English and French.</summary>
public static class FollowUpLinkResourceKeys
{
    private const string Prefix = MerchantOpsDefaults.ResourcePrefix + "FollowUps.Unsubscribe.";

    public const string Title = Prefix + "Title";

    /// <summary>"{0}" = the store's name.</summary>
    public const string Explain = Prefix + "Explain";

    public const string Button = Prefix + "Button";

    /// <summary>"{0}" = the store's name.</summary>
    public const string Done = Prefix + "Done";

    /// <summary>"{0}" = the store's name.</summary>
    public const string Already = Prefix + "Already";

    public const string Invalid = Prefix + "Invalid";
}
