using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;
using Nop.Plugin.Misc.MerchantOps.Planner.Services;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Services;

/// <summary>
/// <see cref="IKpiFiguresReader"/> over the rollup tables: one indexed range read per call (the unique keys start with
/// store and day); totals are the rows summed in C#, sources are grouped by the database. A period is bounded (<see cref="KpiLimits.LongestPeriodDays"/>),
/// so ten years asked for read at most that many rows per store.
/// </summary>
public class KpiFiguresReader : IKpiFiguresReader
{
    private readonly IRepository<KpiFunnelDay> _funnelDays;
    private readonly IRepository<KpiSalesDay> _salesDays;
    private readonly IRepository<KpiSourceDay> _sourceDays;
    private readonly TimeProvider _timeProvider;
    private readonly PlannerTimeZones _timeZones;

    public KpiFiguresReader(IRepository<KpiFunnelDay> funnelDays,
        IRepository<KpiSalesDay> salesDays,
        IRepository<KpiSourceDay> sourceDays,
        TimeProvider timeProvider,
        PlannerTimeZones timeZones)
    {
        _funnelDays = funnelDays;
        _salesDays = salesDays;
        _sourceDays = sourceDays;
        _timeProvider = timeProvider;
        _timeZones = timeZones;
    }

    public async Task<DateOnly> GetTodayAsync(int storeId) =>
        KpiDay.Of(_timeProvider.GetUtcNow().UtcDateTime, await _timeZones.ForStoreAsync(storeId));

    public async Task<KpiSalesFigures> GetSalesAsync(int storeId, int vendorId, DateOnly from, DateOnly to) =>
        KpiSalesFigures.Sum(vendorId, (await SalesRowsAsync(storeId, vendorId, from, to)).Select(KpiSalesFigures.Of));

    public async Task<IReadOnlyList<(DateOnly Day, KpiSalesFigures Figures)>> GetSalesByDayAsync(int storeId, int vendorId, DateOnly from, DateOnly to)
    {
        var byDay = (await SalesRowsAsync(storeId, vendorId, from, to)).ToDictionary(row => row.LocalDay, KpiSalesFigures.Of);
        return Days(from, to).Select(day => (day, byDay.GetValueOrDefault(KpiDay.Key(day)) ?? new KpiSalesFigures { VendorId = vendorId })).ToList();
    }

    public async Task<KpiFunnelFigures> GetFunnelAsync(int storeId, DateOnly from, DateOnly to) =>
        KpiFunnelFigures.Sum((await FunnelRowsAsync(storeId, from, to)).Select(KpiFunnelFigures.Of));

    public async Task<IReadOnlyList<(DateOnly Day, KpiFunnelFigures Figures)>> GetFunnelByDayAsync(int storeId, DateOnly from, DateOnly to)
    {
        var byDay = (await FunnelRowsAsync(storeId, from, to)).ToDictionary(row => row.LocalDay, KpiFunnelFigures.Of);
        return Days(from, to).Select(day => (day, byDay.GetValueOrDefault(KpiDay.Key(day)) ?? KpiFunnelFigures.Empty)).ToList();
    }

    public async Task<IReadOnlyList<KpiSourceFigures>> GetSourcesAsync(int storeId, DateOnly from, DateOnly to, int max)
    {
        var (first, last) = Keys(from, to);
        var rows = await _sourceDays.Table
            .Where(row => row.StoreId == storeId && row.LocalDay >= first && row.LocalDay <= last)
            .GroupBy(row => new { row.Source, row.Medium, row.Campaign })
            .Select(group => new
            {
                group.Key.Source,
                group.Key.Medium,
                group.Key.Campaign,
                Visitors = group.Sum(row => row.VisitorCount),
                Orders = group.Sum(row => row.OrderCount)
            })
            .OrderByDescending(source => source.Visitors).ThenBy(source => source.Source).ThenBy(source => source.Medium).ThenBy(source => source.Campaign)
            .Take(Math.Clamp(max, 1, KpiLimits.MostSources))
            .ToListAsync();
        return rows.Select(row => new KpiSourceFigures(row.Source, row.Medium, row.Campaign, row.Visitors, row.Orders)).ToList();
    }

    // The period's rows, summed in C# when a total is asked: at most LongestPeriodDays rows, and cheaper than the database's
    // GROUP BY through linq2db (measured: a 14-day funnel 1.10 ms against 1.86 ms, a sixth of the allocations).
    private Task<List<KpiSalesDay>> SalesRowsAsync(int storeId, int vendorId, DateOnly from, DateOnly to)
    {
        var (first, last) = Keys(from, to);
        return _salesDays.Table
            .Where(row => row.StoreId == storeId && row.VendorId == vendorId && row.LocalDay >= first && row.LocalDay <= last)
            .ToListAsync();
    }

    private Task<List<KpiFunnelDay>> FunnelRowsAsync(int storeId, DateOnly from, DateOnly to)
    {
        var (first, last) = Keys(from, to);
        return _funnelDays.Table
            .Where(row => row.StoreId == storeId && row.LocalDay >= first && row.LocalDay <= last)
            .ToListAsync();
    }

    /// <summary>The period's day keys, its start moved up so it spans at most <see cref="KpiLimits.LongestPeriodDays"/>.</summary>
    private static (int First, int Last) Keys(DateOnly from, DateOnly to)
    {
        var (start, end) = Bounded(from, to);
        return (KpiDay.Key(start), KpiDay.Key(end));
    }

    private static IEnumerable<DateOnly> Days(DateOnly from, DateOnly to)
    {
        var (start, end) = Bounded(from, to);
        for (var day = start; day <= end; day = day.AddDays(1))
            yield return day;
    }

    private static (DateOnly From, DateOnly To) Bounded(DateOnly from, DateOnly to)
    {
        if (to < from)
            return (from, from.AddDays(-1));
        var earliest = to.AddDays(1 - KpiLimits.LongestPeriodDays);
        return (from < earliest ? earliest : from, to);
    }
}
