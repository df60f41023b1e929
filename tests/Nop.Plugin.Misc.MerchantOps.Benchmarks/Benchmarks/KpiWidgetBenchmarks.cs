using BenchmarkDotNet.Attributes;
using Nop.Plugin.Misc.MerchantOps.Benchmarks.Infrastructure;
using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Benchmarks.Benchmarks;

/// <summary>
/// What the KPI widgets, the Today screen and the KPI page read, through the plugin's <c>IKpiFiguresReader</c> over the
/// rollup rows of the big store (<see cref="KpiWidgetBenchData"/>: the real sales backfill of 1,000,000 orders, generated
/// funnel and source rows), store 1, vendor 0, Europe/Paris, "now" = 7 December 2026 09:00 local
/// (<see cref="KpiBenchServices.Now"/>), so yesterday is Sunday 6 December. Each is compared with the same figure
/// computed the way nopCommerce's dashboard computes its own (<see cref="KpiWidgetNopWayBenchmarks"/>). Target: ≤ 20 ms each.
/// </summary>
[BenchmarkCategory("Kpi", "KpiWidgets")]
public class KpiWidgetReadBenchmarks : StoreBenchmark
{
    public const int StoreId = 1;
    public static readonly DateOnly Today = new(2026, 12, 7);
    public static readonly DateOnly Yesterday = Today.AddDays(-1);

    private KpiBenchServices _services;

    protected override async Task SetupAsync()
    {
        await KpiWidgetBenchData.EnsureAsync(Database, CacheManager);
        _services = new KpiBenchServices(Database, CacheManager);
        var glance = await YesterdayAtAGlance();
        var funnel = await Funnel7DaysAndThe7Before();
        Console.WriteLine($"// yesterday {Yesterday}: {glance.Yesterday.OrderCount} orders, revenue {glance.Yesterday.Revenue:0.00}; " +
            $"a week before {glance.WeekBefore.OrderCount}; 4-week average {glance.FourWeekAverageOrders:0.0} orders; " +
            $"funnel last 7 days {funnel.Last.VisitorCount} visitors → {funnel.Last.OrderCount} ordering, the 7 before {funnel.Before.VisitorCount} → {funnel.Before.OrderCount}");
        if (glance.Yesterday.OrderCount == 0 || funnel.Last.VisitorCount == 0)
            throw new InvalidOperationException("the rollup rows are missing: run `kpi-data`");
    }

    /// <summary>
    /// "Yesterday at a glance": yesterday's sales, the same weekday a week before and the 4 same weekdays before it (the
    /// 4-week average), from one per-day read of the 29 days (the widget keeps 6 of them).
    /// </summary>
    [Benchmark]
    public async Task<(KpiSalesFigures Yesterday, KpiSalesFigures WeekBefore, double FourWeekAverageOrders)> YesterdayAtAGlance()
    {
        var days = await _services.Reader.GetSalesByDayAsync(StoreId, 0, Yesterday.AddDays(-28), Yesterday);
        var byDay = days.ToDictionary(d => d.Day, d => d.Figures);
        var weeks = Enumerable.Range(1, 4).Select(w => byDay[Yesterday.AddDays(-7 * w)]).ToList();
        return (byDay[Yesterday], byDay[Yesterday.AddDays(-7)], weeks.Average(w => w.OrderCount));
    }

    /// <summary>Yesterday's orders and revenue alone (one summed read).</summary>
    [Benchmark]
    public Task<KpiSalesFigures> YesterdaySales() => _services.Reader.GetSalesAsync(StoreId, 0, Yesterday, Yesterday);

    /// <summary>The Funnel widget: the last 7 days and the 7 before, summed.</summary>
    [Benchmark]
    public async Task<(KpiFunnelFigures Last, KpiFunnelFigures Before)> Funnel7DaysAndThe7Before()
    {
        var last = await _services.Reader.GetFunnelAsync(StoreId, Yesterday.AddDays(-6), Yesterday);
        var before = await _services.Reader.GetFunnelAsync(StoreId, Yesterday.AddDays(-13), Yesterday.AddDays(-7));
        return (last, before);
    }

    /// <summary>The sources of the last 28 days (KPI page), at most <see cref="KpiLimits.MostSources"/>.</summary>
    [Benchmark]
    public Task<IReadOnlyList<KpiSourceFigures>> Sources28Days() =>
        _services.Reader.GetSourcesAsync(StoreId, Yesterday.AddDays(-27), Yesterday, KpiLimits.MostSources);

    /// <summary>Per-day sales of the 8 days nopCommerce's order chart shows by default ("week": 7 days ago to today).</summary>
    [Benchmark]
    public Task<IReadOnlyList<(DateOnly Day, KpiSalesFigures Figures)>> SalesByDay8Days() =>
        _services.Reader.GetSalesByDayAsync(StoreId, 0, Today.AddDays(-7), Today);

    /// <summary>Per-day sales of the 31 days of nopCommerce's "month" chart.</summary>
    [Benchmark]
    public Task<IReadOnlyList<(DateOnly Day, KpiSalesFigures Figures)>> SalesByDay31Days() =>
        _services.Reader.GetSalesByDayAsync(StoreId, 0, Today.AddDays(-30), Today);

    /// <summary>The KPI page's chart: 365 days of per-day sales.</summary>
    [Benchmark]
    public Task<IReadOnlyList<(DateOnly Day, KpiSalesFigures Figures)>> SalesByDay365Days() =>
        _services.Reader.GetSalesByDayAsync(StoreId, 0, Yesterday.AddDays(-364), Yesterday);

    /// <summary>Ten years asked for: the reader cuts the period to <see cref="KpiLimits.LongestPeriodDays"/> days.</summary>
    [Benchmark]
    public async Task<int> SalesByDayTenYearsBounded()
    {
        var days = await _services.Reader.GetSalesByDayAsync(StoreId, 0, Yesterday.AddYears(-10), Yesterday);
        if (days.Count != KpiLimits.LongestPeriodDays)
            throw new InvalidOperationException($"ten years gave {days.Count} days, not {KpiLimits.LongestPeriodDays}");
        return days.Count;
    }

    /// <summary>Ten years summed (the totals of the same bounded period).</summary>
    [Benchmark]
    public Task<KpiSalesFigures> SalesTenYearsBoundedTotal() =>
        _services.Reader.GetSalesAsync(StoreId, 0, Yesterday.AddYears(-10), Yesterday);
}
