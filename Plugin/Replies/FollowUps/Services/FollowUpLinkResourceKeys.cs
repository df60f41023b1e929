namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services;

/// <summary>Texts of the follow-ups' public pages (the unsubscribe page), English and French; whole keys, as typed in the resource files.</summary>
public static class FollowUpLinkResourceKeys
{
    public const string Title = "Plugins.Misc.MerchantOps.FollowUps.Unsubscribe.Title";

    /// <summary>"{0}" = the store's name.</summary>
    public const string Explain = "Plugins.Misc.MerchantOps.FollowUps.Unsubscribe.Explain";

    public const string Button = "Plugins.Misc.MerchantOps.FollowUps.Unsubscribe.Button";

    /// <summary>"{0}" = the store's name.</summary>
    public const string Done = "Plugins.Misc.MerchantOps.FollowUps.Unsubscribe.Done";

    /// <summary>"{0}" = the store's name.</summary>
    public const string Already = "Plugins.Misc.MerchantOps.FollowUps.Unsubscribe.Already";

    public const string Invalid = "Plugins.Misc.MerchantOps.FollowUps.Unsubscribe.Invalid";
}
