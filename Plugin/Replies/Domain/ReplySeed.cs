namespace Nop.Plugin.Misc.MerchantOps.Replies.Domain;

/// <summary>A seeded answer in English and French, identified by its <see cref="Key"/> (CannedReply.SeedKey).</summary>
public sealed record ReplySeed(string Key, int DisplayOrder, bool NeedsOrder, ReplySeedText English, ReplySeedText French)
{
    /// <summary>The version for a language culture ("en-US", "fr-CA"…); null for languages the seeds are not written in.</summary>
    public ReplySeedText For(string languageCulture) =>
        languageCulture?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true ? English
        : languageCulture?.StartsWith("fr", StringComparison.OrdinalIgnoreCase) == true ? French
        : null;
}
