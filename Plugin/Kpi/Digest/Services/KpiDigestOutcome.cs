namespace Nop.Plugin.Misc.MerchantOps.Kpi.Digest.Services;

/// <summary>What a digest run did for one store.</summary>
public enum KpiDigestOutcome
{
    /// <summary>The weekly digest is turned off in the settings.</summary>
    Disabled,
    /// <summary>Not yet the set day and hour of this week.</summary>
    NotDue,
    /// <summary>No recipient (no valid address set and no email account) or no email account: nothing queued, nothing claimed.</summary>
    NoRecipient,
    /// <summary>The week's digest was already queued (by this instance or another).</summary>
    AlreadySent,
    /// <summary>Another run holds the week's claim right now.</summary>
    HeldByAnotherRun,
    /// <summary>This run queued the week's digest.</summary>
    Queued,
    /// <summary>A test digest was queued (never the week's).</summary>
    TestQueued
}
