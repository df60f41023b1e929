using NUnit.Framework;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Misc.MerchantOps.Kpi.Data;
using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using static Nop.Plugin.Misc.MerchantOps.Tests.Kpi.KpiScenario;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Kpi;

[TestFixture(DatabaseEngine.Sqlite)]
[TestFixture(DatabaseEngine.PostgreSql)]
[TestFixture(DatabaseEngine.MySql)]
public class KpiRollupTests : DatabaseTestBase
{
    private static readonly DateOnly March31 = new(2026, 3, 31);

    public KpiRollupTests(DatabaseEngine engine) : base(engine)
    {
    }

    [Test]
    public async Task Install_creates_the_kpi_tables_and_their_unique_keys_and_uninstall_drops_them()
    {
        await Database.InstallPluginSchemaAsync(runMigrations: true);

        Assert.That(await Database.GetTableNamesAsync(), Is.SupersetOf(new[] { KpiTables.SalesDay, KpiTables.RollupProgress }));
        Assert.That(await Database.GetIndexNamesAsync(KpiTables.SalesDay), Does.Contain(KpiTables.SalesDayKeyIndex));
        Assert.That(await Database.GetIndexNamesAsync(KpiTables.RollupProgress), Does.Contain(KpiTables.ProgressStoreIndex));

        await Database.UninstallPluginSchemaAsync();

        Assert.That(await Database.GetTableNamesAsync(), Has.None.AnyOf(KpiTables.SalesDay, KpiTables.RollupProgress));
    }

    [Test]
    public async Task A_day_counts_orders_revenue_items_and_average_in_the_primary_currency_and_a_rerun_writes_the_same_row()
    {
        var store = await CreateAsync(Database);
        // 31 March in Paris (CEST, UTC+2): 30 March 22:00 UTC to 31 March 22:00 UTC
        await store.OrderAtAsync(Utc(2026, 3, 30, 22, 0), lines: [(store.Tea, 3)]);
        // paid in dollars: nopCommerce stores OrderTotal in the primary currency and the rate to the customer's
        await store.OrderAtAsync(Utc(2026, 3, 31, 12, 0), o => (o.CustomerCurrencyCode, o.CurrencyRate) = ("USD", 1.08m), lines: [(store.Mug, 2)]);
        await store.OrderAtAsync(Utc(2026, 3, 31, 21, 59, 59), lines: [(store.Tea, 1), (store.Pot, 1)]);
        await store.OrderAtAsync(Utc(2026, 3, 31, 22, 0), lines: [(store.Tea, 5)]); // 1 April in Paris

        var first = await store.App().Rollup.RollUpDayAsync(store.Store.Id, March31);
        var row = await store.StoreRowAsync(March31);
        store.Clock.Advance(TimeSpan.FromHours(1));
        await store.App().Rollup.RollUpDayAsync(store.Store.Id, March31);
        var rerun = await store.StoreRowAsync(March31);

        Assert.That((row.OrderCount, row.Revenue, row.ItemCount), Is.EqualTo((3, 30m + 50m + 50m, 3 + 2 + 2)));
        Assert.That(first.Store.AverageOrderValue, Is.EqualTo(43.3333m));
        Assert.That(row.TimeZoneId, Is.EqualTo("Europe/Paris"));
        Assert.That(KpiSalesFigures.Of(rerun), Is.EqualTo(KpiSalesFigures.Of(row)), "the same orders give the same figures");
        Assert.That(rerun.Id, Is.EqualTo(row.Id), "the row is overwritten, not added");
        Assert.That((await store.RowsOfAsync(March31)).Count(r => r.VendorId == 0), Is.EqualTo(1));
    }

    [Test]
    public async Task A_day_without_orders_has_a_row_of_zeros_and_no_vendor_rows()
    {
        var store = await CreateAsync(Database);

        var rollup = await store.App().Rollup.RollUpDayAsync(store.Store.Id, March31);

        var rows = await store.RowsOfAsync(March31);
        Assert.That(rows.Select(r => (r.VendorId, r.OrderCount, r.Revenue, r.ItemCount, r.RefundedAmount)), Is.EqualTo(new[] { (0, 0, 0m, 0, 0m) }));
        Assert.That(rollup.Store.AverageOrderValue, Is.Zero);
    }

    [Test]
    public async Task The_spring_change_day_in_Paris_lasts_23_hours_and_its_edges_fall_on_the_right_days()
    {
        var store = await CreateAsync(Database);
        // Sunday 29 March 2026: 00:00 CET = 28 March 23:00 UTC; 24:00 CEST = 29 March 22:00 UTC
        await store.OrderAtAsync(Utc(2026, 3, 28, 22, 59, 59)); // 28th, 23:59:59
        await store.OrderAtAsync(Utc(2026, 3, 28, 23, 0)); // 29th, 00:00
        await store.OrderAtAsync(Utc(2026, 3, 29, 1, 0)); // 29th, 03:00 CEST (02:00 CET does not exist)
        await store.OrderAtAsync(Utc(2026, 3, 29, 21, 59, 59)); // 29th, 23:59:59
        await store.OrderAtAsync(Utc(2026, 3, 29, 22, 0)); // 30th, 00:00

        var counts = await CountsAsync(store, new DateOnly(2026, 3, 28), new DateOnly(2026, 3, 29), new DateOnly(2026, 3, 30));
        var window = KpiDay.Window(new DateOnly(2026, 3, 29), TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"));

        Assert.That(window.Length, Is.EqualTo(TimeSpan.FromHours(23)));
        Assert.That(counts, Is.EqualTo(new[] { 1, 3, 1 }));
    }

    [Test]
    public async Task The_autumn_change_day_in_Paris_lasts_25_hours_and_its_edges_fall_on_the_right_days()
    {
        var store = await CreateAsync(Database);
        // Sunday 25 October 2026: 00:00 CEST = 24 October 22:00 UTC; 24:00 CET = 25 October 23:00 UTC
        await store.OrderAtAsync(Utc(2026, 10, 24, 21, 59, 59)); // 24th, 23:59:59
        await store.OrderAtAsync(Utc(2026, 10, 24, 22, 0)); // 25th, 00:00
        await store.OrderAtAsync(Utc(2026, 10, 25, 0, 30)); // 25th, 02:30 CEST (first time)
        await store.OrderAtAsync(Utc(2026, 10, 25, 1, 30)); // 25th, 02:30 CET (second time)
        await store.OrderAtAsync(Utc(2026, 10, 25, 22, 59, 59)); // 25th, 23:59:59
        await store.OrderAtAsync(Utc(2026, 10, 25, 23, 0)); // 26th, 00:00

        var counts = await CountsAsync(store, new DateOnly(2026, 10, 24), new DateOnly(2026, 10, 25), new DateOnly(2026, 10, 26));
        var window = KpiDay.Window(new DateOnly(2026, 10, 25), TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"));

        Assert.That(window.Length, Is.EqualTo(TimeSpan.FromHours(25)));
        Assert.That(counts, Is.EqualTo(new[] { 1, 4, 1 }));
    }

    [Test]
    public async Task Refunds_count_on_the_order_s_day_cancellations_apart_and_deleted_orders_not_at_all()
    {
        var store = await CreateAsync(Database);
        var noon = Utc(2026, 3, 31, 10, 0);
        await store.OrderAtAsync(noon, lines: [(store.Tea, 10)]); // 100
        await store.OrderAtAsync(noon, o => (o.RefundedAmount, o.PaymentStatus) = (30m, PaymentStatus.PartiallyRefunded), lines: [(store.Pot, 2)]); // 80, 30 back
        await store.OrderAtAsync(noon, o => (o.RefundedAmount, o.PaymentStatus) = (25m, PaymentStatus.Refunded), lines: [(store.Mug, 1)]); // 25, all back
        await store.OrderAtAsync(noon, o => o.OrderStatus = OrderStatus.Cancelled, lines: [(store.Tea, 4)]); // 40 cancelled
        await store.OrderAtAsync(noon, o => o.Deleted = true, lines: [(store.Pot, 5)]); // 200 deleted

        await store.App().Rollup.RollUpDayAsync(store.Store.Id, March31);

        var row = await store.StoreRowAsync(March31);
        Assert.That((row.OrderCount, row.Revenue, row.ItemCount), Is.EqualTo((3, 205m, 13)), "cancelled and deleted orders are not sales");
        Assert.That((row.RefundedOrderCount, row.RefundedAmount), Is.EqualTo((2, 55m)));
        Assert.That((row.CancelledOrderCount, row.CancelledAmount), Is.EqualTo((1, 40m)));
    }

    [Test]
    public async Task A_customer_is_new_on_the_day_of_their_first_counted_order_in_the_store_and_returning_afterwards()
    {
        var store = await CreateAsync(Database);
        var otherStore = new Store { Name = "Other shop", Url = "https://other.test/", Hosts = "other.test" };
        await Database.Repository<Store>().InsertAsync(otherStore);
        var ada = store.Customer; // ordered the day before: returning
        var bob = await store.ShopperAsync("bob@example.com"); // first order today, two orders: one new customer
        var cy = await store.ShopperAsync("cy@example.com"); // only a cancelled order before: new
        var dee = await store.ShopperAsync("dee@example.com"); // only a deleted order before: new
        var eve = await store.ShopperAsync("eve@example.com"); // only an order in another store before: new
        var fay = await store.ShopperAsync("fay@example.com"); // ordered a week ago: returning
        await store.OrderAtAsync(Utc(2026, 3, 30, 9, 0), customer: ada);
        await store.OrderAtAsync(Utc(2026, 3, 29, 9, 0), o => o.OrderStatus = OrderStatus.Cancelled, customer: cy);
        await store.OrderAtAsync(Utc(2026, 3, 29, 9, 0), o => o.Deleted = true, customer: dee);
        await store.OrderAtAsync(Utc(2026, 3, 29, 9, 0), o => o.StoreId = otherStore.Id, customer: eve);
        await store.OrderAtAsync(Utc(2026, 3, 24, 9, 0), customer: fay);
        foreach (var customer in new[] { ada, bob, bob, cy, dee, eve, fay })
            await store.OrderAtAsync(Utc(2026, 3, 31, 9, 0), customer: customer);

        await store.App().Rollup.RollUpDayAsync(store.Store.Id, March31);

        var row = await store.StoreRowAsync(March31);
        Assert.That((row.OrderCount, row.NewCustomerCount, row.ReturningCustomerCount), Is.EqualTo((7, 4, 2)));
    }

    [Test]
    public async Task A_vendor_s_row_counts_only_the_lines_of_the_vendor_s_products()
    {
        var store = await CreateAsync(Database);
        var noon = Utc(2026, 3, 31, 10, 0);
        await store.OrderAtAsync(noon, lines: [(store.Tea, 2), (store.Mug, 2)]); // 20 + 50
        // 40 of its 80 refunded: the mug's share (50 of 80) of the refund is 25
        await store.OrderAtAsync(noon, o => (o.RefundedAmount, o.OrderTotal) = (40m, 80m), lines: [(store.Mug, 2), (store.Tea, 3)]);
        await store.OrderAtAsync(noon, o => o.OrderStatus = OrderStatus.Cancelled, lines: [(store.Mug, 1)]);
        await store.OrderAtAsync(noon, lines: [(store.Tea, 1), (store.Pot, 1)]);
        var deleted = await store.OrderAtAsync(Utc(2026, 3, 31, 11, 0), o => o.Deleted = false, customer: await store.ShopperAsync("gus@example.com"),
            lines: [(store.Pot, 3)]);

        var rollup = await store.App().Rollup.RollUpDayAsync(store.Store.Id, March31);
        var mug = (await store.RowsOfAsync(March31)).Single(r => r.VendorId == MugVendorId);

        Assert.That((mug.OrderCount, mug.Revenue, mug.ItemCount), Is.EqualTo((2, 100m, 4)));
        Assert.That((mug.RefundedOrderCount, mug.RefundedAmount), Is.EqualTo((1, 25m)));
        Assert.That((mug.CancelledOrderCount, mug.CancelledAmount), Is.EqualTo((1, 25m)));
        Assert.That((mug.NewCustomerCount, mug.ReturningCustomerCount), Is.EqualTo((1, 0)));
        Assert.That(rollup.Vendors.Select(v => (v.VendorId, v.OrderCount, v.Revenue, v.ItemCount)),
            Is.EqualTo(new[] { (MugVendorId, 2, 100m, 4), (PotVendorId, 2, 160m, 4) }));

        // the pot's only order of one customer is deleted, then the pot's other one: the pot has no row left
        deleted.Deleted = true;
        await Database.Repository<Order>().UpdateAsync(deleted);
        var other = await Database.Repository<Order>().Table.SingleAsync(o => o.OrderTotal == 50m && !o.Deleted);
        other.Deleted = true;
        await Database.Repository<Order>().UpdateAsync(other);
        await store.App().Rollup.RollUpDayAsync(store.Store.Id, March31);

        Assert.That((await store.RowsOfAsync(March31)).Select(r => r.VendorId), Is.EqualTo(new[] { 0, MugVendorId }));
    }

    [Test]
    public async Task A_vendor_s_customer_is_returning_only_after_an_earlier_order_of_that_vendor_s_products()
    {
        var store = await CreateAsync(Database);
        await store.OrderAtAsync(Utc(2026, 3, 20, 10, 0), lines: [(store.Tea, 1)]);
        await store.OrderAtAsync(Utc(2026, 3, 21, 10, 0), lines: [(store.Pot, 1)]);
        await store.OrderAtAsync(Utc(2026, 3, 31, 10, 0), lines: [(store.Mug, 1), (store.Pot, 1)]);

        var rollup = await store.App().Rollup.RollUpDayAsync(store.Store.Id, March31);

        Assert.That(rollup.Vendors.Select(v => (v.VendorId, v.NewCustomerCount, v.ReturningCustomerCount)),
            Is.EqualTo(new[] { (MugVendorId, 1, 0), (PotVendorId, 0, 1) }));
        Assert.That((rollup.Store.NewCustomerCount, rollup.Store.ReturningCustomerCount), Is.EqualTo((0, 1)));
    }

    private static async Task<int[]> CountsAsync(KpiScenario store, params DateOnly[] days)
    {
        var counts = new List<int>();
        foreach (var day in days)
        {
            await store.App().Rollup.RollUpDayAsync(store.Store.Id, day);
            counts.Add((await store.StoreRowAsync(day)).OrderCount);
        }
        return counts.ToArray();
    }
}
