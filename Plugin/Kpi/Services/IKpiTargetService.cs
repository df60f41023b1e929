using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;
using Nop.Plugin.Misc.MerchantOps.Kpi.Services.Contracts;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Services;

/// <summary>
/// A store's weekly and monthly revenue targets (primary currency; 0 = no target). Store-wide: a vendor may not set them.
/// Two saves at once leave one row (unique store id), the last save's values.
/// </summary>
public interface IKpiTargetService
{
    /// <summary>The store's targets, or null when none was ever saved.</summary>
    Task<KpiRevenueTarget> GetAsync(int storeId);

    /// <summary>Saves both targets; null or 0 = no target; a negative amount or one above <see cref="KpiPageLimits.LargestTarget"/> is refused.</summary>
    Task<KpiPageResult> SaveAsync(int storeId, decimal? weekly, decimal? monthly);
}
