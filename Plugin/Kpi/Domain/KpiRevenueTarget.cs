using Nop.Core;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Domain;

/// <summary>
/// A store's revenue targets in its primary currency: one for each week (Monday to Sunday, local days) and one for each
/// calendar month. 0 = no target. One row per store, kept unique by the database.
/// </summary>
public class KpiRevenueTarget : BaseEntity
{
    public int StoreId { get; set; }

    public decimal WeeklyRevenue { get; set; }

    public decimal MonthlyRevenue { get; set; }

    public int UpdatedByCustomerId { get; set; }

    public DateTime UpdatedOnUtc { get; set; }
}
