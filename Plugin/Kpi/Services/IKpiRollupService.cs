using Nop.Plugin.Misc.MerchantOps.Kpi.Services.Contracts;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Services;

/// <summary>The daily sales rollups of a store (see Kpi/README.md for what each figure counts).</summary>
public interface IKpiRollupService
{
    /// <summary>
    /// Computes the local day's figures (the store's, each vendor's) from the orders and writes them over what the day
    /// had: the same orders give the same rows, however often and however many runs at once.
    /// </summary>
    Task<KpiDayRollup> RollUpDayAsync(int storeId, DateOnly day);

    /// <summary>Today so far and yesterday; once a local day also the <see cref="Domain.KpiLimits.RecentDaysRefreshed"/> days before.</summary>
    Task<int> RollUpRecentAsync(int storeId);
}
