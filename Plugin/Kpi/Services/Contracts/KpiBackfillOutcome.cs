namespace Nop.Plugin.Misc.MerchantOps.Kpi.Services.Contracts;

/// <summary>How a backfill run for one store ended.</summary>
public enum KpiBackfillOutcome
{
    /// <summary>It rolled up its chunk of days; more remain.</summary>
    Progressed,

    /// <summary>It reached the store's oldest order (or there was nothing to backfill): complete.</summary>
    Completed,

    /// <summary>Complete already; nothing done.</summary>
    AlreadyComplete,

    /// <summary>Another run holds the backfill; nothing done.</summary>
    HeldByAnotherRun,

    /// <summary>Its claim lapsed and another run took the backfill over mid-chunk; it stopped.</summary>
    LostClaim
}
