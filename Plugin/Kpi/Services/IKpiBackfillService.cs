using Nop.Plugin.Misc.MerchantOps.Kpi.Services.Contracts;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Services;

/// <summary>
/// Rolls up the days before the plugin came, newest first, <see cref="Domain.KpiLimits.BackfillDaysPerRun"/> days per
/// run, recording after each day how far it got: a restart or a crash loses at most the day in hand.
/// </summary>
public interface IKpiBackfillService
{
    Task<KpiBackfillResult> RunAsync(int storeId, int maxDays = Domain.KpiLimits.BackfillDaysPerRun);
}
