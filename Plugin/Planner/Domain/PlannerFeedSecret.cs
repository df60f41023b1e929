using Nop.Core;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Domain;

/// <summary>
/// A staff member's calendar feed (table MerchantOpsPlannerFeedSecret), one per customer. The feed URL carries
/// <see cref="FeedKey"/> (public, finds the row) and the secret; only the secret's SHA-256 is stored, so the
/// database never holds what opens the feed. Rotating replaces both.
/// </summary>
public class PlannerFeedSecret : BaseEntity
{
    public int CustomerId { get; set; }

    /// <summary>32 hex characters, random.</summary>
    public string FeedKey { get; set; }

    /// <summary>SHA-256 of the secret, 64 hex characters.</summary>
    public string SecretHash { get; set; }

    public DateTime CreatedOnUtc { get; set; }
}
