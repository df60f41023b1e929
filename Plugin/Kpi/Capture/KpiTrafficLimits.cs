namespace Nop.Plugin.Misc.MerchantOps.Kpi.Capture;

/// <summary>The bounds of the traffic rollup and retention (each run does bounded work, whatever the traffic).</summary>
public static class KpiTrafficLimits
{
    /// <summary>Fewest days raw rows are kept, whatever the setting says: today and yesterday are rolled up from them.</summary>
    public const int LeastRetentionDays = 2;

    /// <summary>Most days the configure page accepts for the raw rows (about three years, the longest KPI period).</summary>
    public const int MostRetentionDays = 1_100;

    /// <summary>Most source rows per store and day: the smaller sources beyond are counted together as <see cref="OtherSource"/>.</summary>
    public const int MostSourcesPerDay = 500;

    /// <summary>The source of the visitors of the smaller sources beyond <see cref="MostSourcesPerDay"/>.</summary>
    public const string OtherSource = "(other)";

    /// <summary>Raw rows deleted per statement, and statements per run (a run deletes at most their product).</summary>
    public const int DeleteBatchSize = 5_000;

    public const int DeleteBatchesPerRun = 20;
}
