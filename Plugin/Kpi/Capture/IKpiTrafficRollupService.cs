namespace Nop.Plugin.Misc.MerchantOps.Kpi.Capture;

/// <summary>The daily funnel and source rollups of the captured traffic, and the retention of its raw rows.</summary>
public interface IKpiTrafficRollupService
{
    /// <summary>
    /// Rolls up one local day of a store from its visitor rows into its funnel row and source rows (absolute figures,
    /// one upsert per row; source rows no longer present that day removed). False, and nothing written, for a day whose
    /// raw rows retention may have deleted: older than the retention, or without rows while its funnel row counts visitors.
    /// </summary>
    Task<bool> RollUpDayAsync(int storeId, DateOnly day);

    /// <summary>The schedule task's part: today and yesterday of the store, then its raw rows past the retention deleted (bounded batches).</summary>
    Task<KpiTrafficRun> RunAsync(int storeId);
}

/// <summary>What a run did: the days rolled up and the raw rows deleted (all, or <see cref="MoreToDelete"/>).</summary>
public sealed record KpiTrafficRun(int DaysRolledUp, int RowsDeleted, bool MoreToDelete);
