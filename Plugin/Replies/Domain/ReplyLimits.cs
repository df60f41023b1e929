namespace Nop.Plugin.Misc.MerchantOps.Replies.Domain;

/// <summary>Field sizes of the reply tables and the limits checked before saving.</summary>
public static class ReplyLimits
{
    public const int MaxTitleLength = 400;
    public const int MaxCategoryLength = 200;
    public const int MaxShortcutLength = 100;
    public const int MaxSubjectLength = 1000;

    /// <summary>1 MB of text: a body above it is refused with a clear message.</summary>
    public const int MaxBodyLength = 1024 * 1024;

    public const int MaxSeedKeyLength = 100;
    public const int MaxEmailLength = 500;
    public const int MaxErrorLength = 400;
}
