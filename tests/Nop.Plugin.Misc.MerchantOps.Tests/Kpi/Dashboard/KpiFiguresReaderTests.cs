using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;
using Nop.Plugin.Misc.MerchantOps.Kpi.Services;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Kpi.Dashboard;

/// <summary>
/// <see cref="IKpiFiguresReader"/> over the real rollup tables (the plugin's migrations) on each database: sums of a
/// period, every day of a period with the missing ones as zeros, a period cut to its last
/// <see cref="KpiLimits.LongestPeriodDays"/> days, and sources by visitors. The store is in Europe/Paris; the clock
/// Wednesday 1 April 2026 08:00 UTC.
/// </summary>
[TestFixture(DatabaseEngine.Sqlite)]
[TestFixture(DatabaseEngine.PostgreSql)]
[TestFixture(DatabaseEngine.MySql)]
public class KpiFiguresReaderTests : DatabaseTestBase
{
    private static readonly DateOnly March31 = new(2026, 3, 31);

    public KpiFiguresReaderTests(DatabaseEngine engine) : base(engine)
    {
    }

    private KpiScenario _store;

    private IKpiFiguresReader Reader => _store.App().StoreApp.Get<IKpiFiguresReader>();

    private int StoreId => _store.Store.Id;

    [SetUp]
    public async Task CreateStoreAsync() => _store = await KpiScenario.CreateAsync(Database);

    private Task SalesAsync(DateOnly day, int orders, decimal revenue, int vendorId = 0, int storeId = 0, int items = 0, int refundedOrders = 0,
        decimal refunded = 0m, int cancelled = 0, decimal cancelledAmount = 0m, int newCustomers = 0, int returning = 0) =>
        Database.Repository<KpiSalesDay>().InsertAsync(new KpiSalesDay
        {
            StoreId = storeId == 0 ? StoreId : storeId, VendorId = vendorId, LocalDay = KpiDay.Key(day), OrderCount = orders, Revenue = revenue,
            ItemCount = items, NewCustomerCount = newCustomers, ReturningCustomerCount = returning, RefundedOrderCount = refundedOrders,
            RefundedAmount = refunded, CancelledOrderCount = cancelled, CancelledAmount = cancelledAmount, TimeZoneId = "Europe/Paris",
            ComputedOnUtc = KpiScenario.Now
        });

    private Task FunnelAsync(DateOnly day, int visitors, int views, int carts, int checkouts, int orders, int storeId = 0) =>
        Database.Repository<KpiFunnelDay>().InsertAsync(new KpiFunnelDay
        {
            StoreId = storeId == 0 ? StoreId : storeId, LocalDay = KpiDay.Key(day), VisitorCount = visitors, ProductViewCount = views,
            AddToCartCount = carts, CheckoutCount = checkouts, OrderCount = orders, TimeZoneId = "Europe/Paris", ComputedOnUtc = KpiScenario.Now
        });

    private Task SourceAsync(DateOnly day, string source, string medium, string campaign, int visitors, int orders, int storeId = 0) =>
        Database.Repository<KpiSourceDay>().InsertAsync(new KpiSourceDay
        {
            StoreId = storeId == 0 ? StoreId : storeId, LocalDay = KpiDay.Key(day), Source = source, Medium = medium, Campaign = campaign,
            VisitorCount = visitors, OrderCount = orders, ComputedOnUtc = KpiScenario.Now
        });

    [Test]
    public async Task Today_is_the_store_s_local_day()
    {
        Assert.That(await Reader.GetTodayAsync(StoreId), Is.EqualTo(new DateOnly(2026, 4, 1)));
        _store.Clock.Advance(TimeSpan.FromHours(14)); // 22:00 UTC = midnight in Paris
        Assert.That(await Reader.GetTodayAsync(StoreId), Is.EqualTo(new DateOnly(2026, 4, 2)));
    }

    [Test]
    public async Task Sales_of_a_period_add_every_figure_of_its_days_only_for_that_store_and_vendor_and_derive_the_average()
    {
        await SalesAsync(March31, 3, 100.5m, items: 7, refundedOrders: 1, refunded: 10m, cancelled: 1, cancelledAmount: 5m, newCustomers: 2, returning: 1);
        await SalesAsync(March31.AddDays(-1), 1, 49.5m, items: 2, newCustomers: 1);
        await SalesAsync(March31.AddDays(-2), 100, 1000m); // before the period
        await SalesAsync(March31.AddDays(1), 100, 1000m);  // after it
        await SalesAsync(March31, 50, 500m, vendorId: KpiScenario.MugVendorId);
        var other = await _store.StoreAsync();
        await SalesAsync(March31, 60, 600m, storeId: other.Id);

        var sums = await Reader.GetSalesAsync(StoreId, 0, March31.AddDays(-1), March31);
        var vendor = await Reader.GetSalesAsync(StoreId, KpiScenario.MugVendorId, March31.AddDays(-1), March31);

        Assert.That(sums, Is.EqualTo(new KpiSalesFigures
        {
            VendorId = 0, OrderCount = 4, Revenue = 150m, ItemCount = 9, NewCustomerCount = 3, ReturningCustomerCount = 1,
            RefundedOrderCount = 1, RefundedAmount = 10m, CancelledOrderCount = 1, CancelledAmount = 5m
        }));
        Assert.That(sums.AverageOrderValue, Is.EqualTo(37.5m), "total revenue over total orders");
        Assert.That((vendor.VendorId, vendor.OrderCount, vendor.Revenue), Is.EqualTo((KpiScenario.MugVendorId, 50, 500m)));
    }

    [Test]
    public async Task A_period_without_rows_is_zeros_and_an_average_of_zero_orders_is_zero()
    {
        var sums = await Reader.GetSalesAsync(StoreId, 0, March31.AddDays(-6), March31);
        var funnel = await Reader.GetFunnelAsync(StoreId, March31.AddDays(-6), March31);

        Assert.That(sums, Is.EqualTo(new KpiSalesFigures()));
        Assert.That(sums.AverageOrderValue, Is.Zero);
        Assert.That(funnel, Is.EqualTo(KpiFunnelFigures.Empty));
        Assert.That(funnel.Conversion, Is.Zero);
    }

    [Test]
    public async Task Sales_by_day_give_every_day_of_the_period_in_order_with_missing_days_as_zeros()
    {
        await SalesAsync(March31, 3, 30m);
        await SalesAsync(March31.AddDays(-3), 1, 10m);
        await SalesAsync(March31.AddDays(-3), 9, 90m, vendorId: KpiScenario.PotVendorId);

        var days = await Reader.GetSalesByDayAsync(StoreId, 0, March31.AddDays(-4), March31);

        Assert.That(days.Select(d => d.Day), Is.EqualTo(Enumerable.Range(0, 5).Select(i => March31.AddDays(i - 4))));
        Assert.That(days.Select(d => d.Figures.OrderCount), Is.EqualTo(new[] { 0, 1, 0, 0, 3 }));
        Assert.That(days.Select(d => d.Figures.Revenue), Is.EqualTo(new[] { 0m, 10m, 0m, 0m, 30m }));
        Assert.That((await Reader.GetSalesByDayAsync(StoreId, KpiScenario.PotVendorId, March31.AddDays(-4), March31)).Select(d => d.Figures.OrderCount),
            Is.EqualTo(new[] { 0, 9, 0, 0, 0 }));
        Assert.That(await Reader.GetSalesByDayAsync(StoreId, 0, March31, March31.AddDays(-1)), Is.Empty, "a period ending before it starts has no day");
    }

    [Test]
    public async Task Funnel_sums_and_days_add_each_step_of_the_store_s_days_only()
    {
        await FunnelAsync(March31, 100, 50, 20, 10, 5);
        await FunnelAsync(March31.AddDays(-2), 10, 5, 2, 1, 1);
        await FunnelAsync(March31.AddDays(-3), 999, 999, 999, 999, 999);
        var other = await _store.StoreAsync();
        await FunnelAsync(March31, 777, 777, 777, 777, 777, storeId: other.Id);

        var sums = await Reader.GetFunnelAsync(StoreId, March31.AddDays(-2), March31);
        var days = await Reader.GetFunnelByDayAsync(StoreId, March31.AddDays(-2), March31);

        Assert.That(sums, Is.EqualTo(new KpiFunnelFigures { VisitorCount = 110, ProductViewCount = 55, AddToCartCount = 22, CheckoutCount = 11, OrderCount = 6 }));
        Assert.That(sums.Conversion, Is.EqualTo(6m / 110m));
        Assert.That(days.Select(d => (d.Day, d.Figures.VisitorCount)),
            Is.EqualTo(new[] { (March31.AddDays(-2), 10), (March31.AddDays(-1), 0), (March31, 100) }));
    }

    [Test]
    public async Task A_period_longer_than_the_limit_is_cut_to_its_last_days()
    {
        var earliest = March31.AddDays(1 - KpiLimits.LongestPeriodDays);
        await SalesAsync(earliest, 1, 10m);
        await SalesAsync(earliest.AddDays(-1), 100, 1000m); // one day beyond the limit
        await FunnelAsync(earliest, 1, 1, 1, 1, 1);
        await FunnelAsync(earliest.AddDays(-1), 100, 100, 100, 100, 100);
        var tenYears = March31.AddYears(-10);

        Assert.That((await Reader.GetSalesAsync(StoreId, 0, tenYears, March31)).OrderCount, Is.EqualTo(1));
        var days = await Reader.GetSalesByDayAsync(StoreId, 0, tenYears, March31);
        Assert.That(days, Has.Count.EqualTo(KpiLimits.LongestPeriodDays));
        Assert.That(days[0].Day, Is.EqualTo(earliest));
        Assert.That((await Reader.GetFunnelAsync(StoreId, tenYears, March31)).VisitorCount, Is.EqualTo(1));
        Assert.That(await Reader.GetFunnelByDayAsync(StoreId, tenYears, March31), Has.Count.EqualTo(KpiLimits.LongestPeriodDays));
    }

    [Test]
    public async Task Sources_of_a_period_are_summed_per_source_most_visitors_first_then_by_name_and_cut_to_the_most_asked()
    {
        await SourceAsync(March31, "google", "organic", "", 30, 2);
        await SourceAsync(March31.AddDays(-1), "google", "organic", "", 20, 1);
        await SourceAsync(March31, "google", "cpc", "spring", 50, 5);
        await SourceAsync(March31, "direct", "", "", 50, 4);
        await SourceAsync(March31, "bing", "organic", "", 5, 0);
        await SourceAsync(March31.AddDays(-5), "old", "", "", 500, 50); // before the period
        var other = await _store.StoreAsync();
        await SourceAsync(March31, "elsewhere", "", "", 900, 9, storeId: other.Id);

        var sources = await Reader.GetSourcesAsync(StoreId, March31.AddDays(-1), March31, 10);

        Assert.That(sources, Is.EqualTo(new[]
        {
            new KpiSourceFigures("direct", "", "", 50, 4),
            new KpiSourceFigures("google", "cpc", "spring", 50, 5),
            new KpiSourceFigures("google", "organic", "", 50, 3),
            new KpiSourceFigures("bing", "organic", "", 5, 0)
        }));
        Assert.That(await Reader.GetSourcesAsync(StoreId, March31.AddDays(-1), March31, 2), Has.Count.EqualTo(2));
        Assert.That(await Reader.GetSourcesAsync(StoreId, March31.AddDays(-1), March31, 0), Has.Count.EqualTo(1), "at least one");
    }
}
