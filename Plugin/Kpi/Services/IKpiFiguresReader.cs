using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Services;

/// <summary>
/// Reads the daily rollups for the screens (widgets, Today, KPI page, weekly digest): never the order or customer
/// tables. Days are local days of the store's time zone, both bounds included. A day that has no row yet (not rolled up,
/// or no traffic) counts as zeros; <see cref="GetSalesByDayAsync"/> and <see cref="GetFunnelByDayAsync"/> return every
/// day of the period, in order, zeros included, so a chart has no holes. Who may see what (vendor scope, permission)
/// is decided by the caller: vendor 0 is the whole store; traffic (funnel, sources) is store-wide only.
/// </summary>
public interface IKpiFiguresReader
{
    /// <summary>The store's current local day (its time zone, as the rollups use it).</summary>
    Task<DateOnly> GetTodayAsync(int storeId);

    /// <summary>The period's sales summed (amounts added, counts added, average order value over the total).</summary>
    Task<KpiSalesFigures> GetSalesAsync(int storeId, int vendorId, DateOnly from, DateOnly to);

    Task<IReadOnlyList<(DateOnly Day, KpiSalesFigures Figures)>> GetSalesByDayAsync(int storeId, int vendorId, DateOnly from, DateOnly to);

    Task<KpiFunnelFigures> GetFunnelAsync(int storeId, DateOnly from, DateOnly to);

    Task<IReadOnlyList<(DateOnly Day, KpiFunnelFigures Figures)>> GetFunnelByDayAsync(int storeId, DateOnly from, DateOnly to);

    /// <summary>The period's sources, most visitors first, at most <paramref name="max"/> (the rest are not summed).</summary>
    Task<IReadOnlyList<KpiSourceFigures>> GetSourcesAsync(int storeId, DateOnly from, DateOnly to, int max);
}
