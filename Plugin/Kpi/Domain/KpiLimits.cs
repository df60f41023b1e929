namespace Nop.Plugin.Misc.MerchantOps.Kpi.Domain;

/// <summary>Bounds of the rollup's work.</summary>
public static class KpiLimits
{
    /// <summary>Days the backfill rolls up per task run and store: about 3 s on a store with 1,400 orders a day.</summary>
    public const int BackfillDaysPerRun = 60;

    /// <summary>How long a run's claim on the backfill holds without progress before another run may take it over.</summary>
    public static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Days before yesterday rolled up again once a local day: nopCommerce keeps no date of a refund or cancellation,
    /// so they show on the day the order was placed, and a late one reaches that day's row at the next refresh.
    /// </summary>
    public const int RecentDaysRefreshed = 35;

    /// <summary>The schedule task's period, in seconds.</summary>
    public const int TaskSeconds = 600;

    /// <summary>Decimals of stored amounts (nopCommerce's decimal(18, 4)).</summary>
    public const int AmountDecimals = 4;

    public const int TimeZoneIdLength = 100;

    /// <summary>Customer ids per lookup of earlier orders (written into the SQL as a list).</summary>
    public const int CustomersPerLookup = 1000;

    /// <summary>Longest period a screen reads (about three years of days): a longer one is cut to its last days.</summary>
    public const int LongestPeriodDays = 1100;

    /// <summary>Most sources a screen lists for a period.</summary>
    public const int MostSources = 200;
}
