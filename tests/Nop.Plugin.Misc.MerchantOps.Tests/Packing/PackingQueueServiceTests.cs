using NUnit.Framework;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Core.Domain.Shipping;
using Nop.Core.Events;
using Nop.Plugin.Misc.MerchantOps.Packing.Services;
using Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Packing;

[TestFixture(DatabaseEngine.Sqlite)]
[TestFixture(DatabaseEngine.PostgreSql)]
[TestFixture(DatabaseEngine.MySql)]
public class PackingQueueServiceTests : PackingDatabaseTest
{
    public PackingQueueServiceTests(DatabaseEngine engine) : base(engine)
    {
    }

    private Product _mug;

    [SetUp]
    public async Task CreateProductAsync() => _mug = await Store.ProductAsync("MUG-01");

    private async Task<IList<int>> QueueAsync(PackingQueueFilter filter = null) =>
        (await App.Queue.GetQueueAsync(filter ?? new PackingQueueFilter())).Select(row => row.OrderId).ToList();

    private Task<Order> OrderAsync(Action<Order> configure, Product product = null) =>
        Store.OrderAsync(configure, new OrderLine(product ?? _mug, 1));

    public static IEnumerable<TestCaseData> NotReady()
    {
        yield return new TestCaseData((Action<Order>)(o => o.OrderStatus = OrderStatus.Cancelled)).SetName("A cancelled order is not ready to pack");
        yield return new TestCaseData((Action<Order>)(o => o.OrderStatus = OrderStatus.Complete)).SetName("A complete order is not ready to pack");
        yield return new TestCaseData((Action<Order>)(o => o.PaymentStatus = PaymentStatus.Pending)).SetName("An unpaid order is not ready to pack");
        yield return new TestCaseData((Action<Order>)(o => o.PaymentStatus = PaymentStatus.Authorized)).SetName("An authorized order is not ready to pack by default");
        yield return new TestCaseData((Action<Order>)(o => o.PaymentStatus = PaymentStatus.Refunded)).SetName("A refunded order is not ready to pack");
        yield return new TestCaseData((Action<Order>)(o => o.ShippingStatus = ShippingStatus.Shipped)).SetName("A shipped order is not ready to pack");
        yield return new TestCaseData((Action<Order>)(o => o.ShippingStatus = ShippingStatus.ShippingNotRequired)).SetName("An order without shipping is not ready to pack");
        yield return new TestCaseData((Action<Order>)(o => o.Deleted = true)).SetName("A deleted order is not ready to pack");
        yield return new TestCaseData((Action<Order>)(o => o.PickupInStore = true)).SetName("An order picked up in store is not ready to pack");
    }

    [TestCaseSource(nameof(NotReady))]
    public async Task Orders_not_ready_are_not_in_the_queue(Action<Order> makeNotReady)
    {
        await OrderAsync(makeNotReady);

        Assert.That(await QueueAsync(), Is.Empty);
    }

    [Test]
    public async Task Paid_orders_to_ship_are_in_the_queue_oldest_first()
    {
        var older = await Store.OrderAsync((_mug, 1));
        var partly = await OrderAsync(o => (o.ShippingStatus, o.OrderStatus) = (ShippingStatus.PartiallyShipped, OrderStatus.Pending));

        Assert.That(await QueueAsync(), Is.EqualTo(new[] { older.Id, partly.Id }));
    }

    [Test]
    public async Task Authorized_payments_are_ready_when_the_setting_says_so()
    {
        await App.Settings.SetSettingAsync("merchantopssettings.packingincludeauthorizedpayments", true);
        var authorized = await OrderAsync(o => o.PaymentStatus = PaymentStatus.Authorized);

        Assert.That(await QueueAsync(), Is.EqualTo(new[] { authorized.Id }));
    }

    [Test]
    public async Task Pending_payments_are_ready_only_for_the_cash_on_delivery_methods_when_the_setting_says_so()
    {
        await App.Settings.SetSettingAsync("merchantopssettings.packingincludependingcashondelivery", true);
        await App.Settings.SetSettingAsync("merchantopssettings.packingcashondeliverypaymentmethods", "Payments.CashOnDelivery, Payments.Courier");
        var cashOnDelivery = await OrderAsync(o => (o.PaymentStatus, o.PaymentMethodSystemName) = (PaymentStatus.Pending, "Payments.Courier"));
        await OrderAsync(o => (o.PaymentStatus, o.PaymentMethodSystemName) = (PaymentStatus.Pending, "Payments.CheckMoneyOrder"));

        Assert.That(await QueueAsync(), Is.EqualTo(new[] { cashOnDelivery.Id }));
    }

    [Test]
    public async Task An_order_in_a_batch_leaves_the_queue()
    {
        var claimed = await Store.OrderAsync((_mug, 1));
        var other = await Store.OrderAsync((_mug, 1));

        await App.Batches.CreateFromSelectionAsync([claimed.Id]);

        Assert.That(await QueueAsync(), Is.EqualTo(new[] { other.Id }));
    }

    [Test]
    public async Task A_queue_row_shows_the_order_number_ship_to_country_and_units()
    {
        var country = await Store.CountryAsync("France", "FR");
        var address = StoreData.Address();
        address.CountryId = country.Id;
        await Database.Repository<Address>().InsertAsync(address);
        var order = await Store.OrderAsync(o => o.ShippingAddressId = address.Id, new OrderLine(_mug, 2), new OrderLine(await Store.ProductAsync("TOTE"), 3));

        var row = (await App.Queue.GetQueueAsync(new PackingQueueFilter())).Single();

        Assert.That((row.OrderId, row.OrderNumber, row.CountryId, row.ShipToLastName, row.ItemCount, row.ShippingMethod),
            Is.EqualTo((order.Id, order.Id.ToString(), (int?)country.Id, "Martin", 5, "Colissimo")));
    }

    [Test]
    public async Task A_page_of_the_queue_carries_the_total_count()
    {
        for (var i = 0; i < 5; i++)
            await Store.OrderAsync((_mug, 1));

        var page = await App.Queue.GetQueueAsync(new PackingQueueFilter(), pageIndex: 1, pageSize: 2);

        Assert.That((page.Count, page.TotalCount, page.TotalPages), Is.EqualTo((2, 5, 3)));
    }

    [Test]
    public async Task The_store_filter_keeps_the_orders_of_that_store()
    {
        await Store.OrderAsync((_mug, 1));
        var second = await OrderAsync(o => o.StoreId = 2);

        Assert.That(await QueueAsync(new PackingQueueFilter { StoreId = 2 }), Is.EqualTo(new[] { second.Id }));
    }

    [Test]
    public async Task The_shipping_method_filter_keeps_the_orders_shipped_that_way()
    {
        await Store.OrderAsync((_mug, 1));
        var express = await OrderAsync(o => o.ShippingMethod = "Chronopost");

        Assert.That(await QueueAsync(new PackingQueueFilter { ShippingMethod = " Chronopost " }), Is.EqualTo(new[] { express.Id }));
    }

    [Test]
    public async Task The_country_filter_keeps_the_orders_shipped_to_that_country()
    {
        var belgium = await Store.CountryAsync("Belgium", "BE");
        var address = StoreData.Address();
        address.CountryId = belgium.Id;
        await Database.Repository<Address>().InsertAsync(address);
        await Store.OrderAsync((_mug, 1));
        var toBelgium = await OrderAsync(o => o.ShippingAddressId = address.Id);

        Assert.That(await QueueAsync(new PackingQueueFilter { CountryId = belgium.Id }), Is.EqualTo(new[] { toBelgium.Id }));
    }

    [Test]
    public async Task The_age_filters_keep_orders_placed_in_that_window()
    {
        var old = await OrderAsync(o => o.CreatedOnUtc = StoreData.Now.AddHours(-50));
        var recent = await OrderAsync(o => o.CreatedOnUtc = StoreData.Now.AddHours(-2));

        Assert.Multiple(async () =>
        {
            Assert.That(await QueueAsync(new PackingQueueFilter { MinAgeHours = 24 }), Is.EqualTo(new[] { old.Id }));
            Assert.That(await QueueAsync(new PackingQueueFilter { MaxAgeHours = 24 }), Is.EqualTo(new[] { recent.Id }));
        });
    }

    [Test]
    public async Task The_product_filter_keeps_the_orders_containing_it()
    {
        var tote = await Store.ProductAsync("TOTE");
        await Store.OrderAsync((_mug, 1));
        var withTote = await Store.OrderAsync((_mug, 1), (tote, 1));

        Assert.That(await QueueAsync(new PackingQueueFilter { ProductId = tote.Id }), Is.EqualTo(new[] { withTote.Id }));
    }

    [Test]
    public async Task The_warehouse_filter_keeps_orders_with_an_item_stocked_there()
    {
        var lyon = await Store.WarehouseAsync("Lyon");
        var paris = await Store.WarehouseAsync("Paris");
        var inLyon = await Store.ProductAsync("LYON-1", p => p.WarehouseId = lyon.Id);
        var inBoth = await Store.ProductAsync("MULTI-1", p => p.UseMultipleWarehouses = true);
        await Store.StockAsync(inBoth, lyon, 5);
        await Store.StockAsync(inBoth, paris, 5);
        var first = await Store.OrderAsync((inLyon, 1));
        var second = await Store.OrderAsync((inBoth, 1));
        await Store.OrderAsync((_mug, 1));

        Assert.Multiple(async () =>
        {
            Assert.That(await QueueAsync(new PackingQueueFilter { WarehouseId = lyon.Id }), Is.EqualTo(new[] { first.Id, second.Id }));
            Assert.That(await QueueAsync(new PackingQueueFilter { WarehouseId = paris.Id }), Is.EqualTo(new[] { second.Id }));
        });
    }

    [Test]
    public async Task A_vendor_sees_only_orders_with_their_products_and_counts_only_their_units()
    {
        var theirs = await Store.ProductAsync("V7-SCARF", p => p.VendorId = 7);
        await Store.OrderAsync((_mug, 1));
        var mixed = await Store.OrderAsync((_mug, 4), (theirs, 2));
        App.As(await Store.PackerAsync("vendor7@example.com"), vendorId: 7);

        var rows = await App.Queue.GetQueueAsync(new PackingQueueFilter());

        Assert.That(rows.Select(r => (r.OrderId, r.ItemCount)), Is.EqualTo(new[] { (mixed.Id, 2) }));
    }

    [Test]
    public async Task The_ready_count_is_cached_for_at_most_a_minute()
    {
        // The cache's default time is nopCommerce's (60 minutes); entries expire on the test clock.
        App.Cache.Clock = Store.Clock;
        await Store.OrderAsync((_mug, 1));
        Assert.That(await App.Queue.GetReadyCountAsync(), Is.EqualTo(1));
        Assert.That(App.Cache.CacheTimeOf(MerchantOpsDefaults.Packing.ReadyCountPrefix + "0-0"), Is.EqualTo(1), "minutes the count is kept");

        // an order paid meanwhile without nopCommerce's events (a SQL update, say: nothing tells the plugin's cache)
        await Store.OrderAsync((_mug, 1));
        Store.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.That(await App.Queue.GetReadyCountAsync(), Is.EqualTo(1), "within the minute the cached count shows");
        Store.Clock.Advance(TimeSpan.FromSeconds(31));
        Assert.That(await App.Queue.GetReadyCountAsync(), Is.EqualTo(2), "after a minute the count is counted again");
    }

    [Test]
    public async Task Claiming_orders_refreshes_the_ready_count()
    {
        var order = await Store.OrderAsync((_mug, 1));
        await Store.OrderAsync((_mug, 1));
        Assert.That(await App.Queue.GetReadyCountAsync(), Is.EqualTo(2));

        await App.Batches.CreateFromSelectionAsync([order.Id]);

        Assert.That(await App.Queue.GetReadyCountAsync(), Is.EqualTo(1));
    }

    /// <summary>
    /// Orders written by nopCommerce itself (placed already paid, cancelled, deleted): its repository publishes the
    /// entity events, ReadyCountConsumer hears them as nopCommerce registers it, and the count is counted again at once.
    /// </summary>
    [Test]
    public async Task Orders_placed_cancelled_or_deleted_in_nopCommerce_are_counted_at_once()
    {
        App.StoreApp.DeliverToConsumers<EntityInsertedEvent<Order>>()
            .DeliverToConsumers<EntityUpdatedEvent<Order>>()
            .DeliverToConsumers<EntityDeletedEvent<Order>>();
        var first = await Store.OrderAsync((_mug, 1));
        Assert.That(await App.Queue.GetReadyCountAsync(), Is.EqualTo(1));

        var placedPaid = await Store.OrderAsync((_mug, 1));
        Assert.That(await App.Queue.GetReadyCountAsync(), Is.EqualTo(2), "an order placed already paid");

        first.OrderStatus = OrderStatus.Cancelled;
        await App.OrderService.UpdateOrderAsync(first);
        Assert.That(await App.Queue.GetReadyCountAsync(), Is.EqualTo(1), "an order cancelled");

        await App.StoreApp.Repo<Order>().DeleteAsync(placedPaid);
        Assert.That(await App.Queue.GetReadyCountAsync(), Is.EqualTo(0), "an order deleted");
    }

    [Test]
    public async Task The_ready_count_keeps_the_time_it_was_counted()
    {
        App.Cache.Clock = Store.Clock;
        await Store.OrderAsync((_mug, 1));
        var countedOn = Store.Clock.UtcNow;

        var counted = await App.Queue.GetReadyCountAsOfAsync();
        Store.Clock.Advance(TimeSpan.FromSeconds(30));
        var cached = await App.Queue.GetReadyCountAsOfAsync();
        Store.Clock.Advance(TimeSpan.FromSeconds(31));
        var recounted = await App.Queue.GetReadyCountAsOfAsync();

        Assert.That((counted.Count, counted.CountedOnUtc), Is.EqualTo((1, countedOn)));
        Assert.That(cached.CountedOnUtc, Is.EqualTo(countedOn), "the cached count keeps the time it was counted");
        Assert.That(recounted.CountedOnUtc, Is.EqualTo(Store.Clock.UtcNow), "counted again after its minute");
    }

    [Test]
    public async Task The_oldest_order_ids_follow_the_queue()
    {
        var orders = new List<Order>();
        for (var i = 0; i < 4; i++)
            orders.Add(await Store.OrderAsync((_mug, 1)));

        Assert.That(await App.Queue.GetOldestOrderIdsAsync(new PackingQueueFilter(), 3), Is.EqualTo(orders.Take(3).Select(o => o.Id)));
    }

    [Test]
    public async Task A_backlog_too_big_to_sort_in_memory_gives_the_same_pages_and_oldest_orders()
    {
        var orders = new List<Order>();
        for (var i = 0; i < 5; i++)
            orders.Add(await Store.OrderAsync((_mug, 1)));
        await Store.OrderAsync(o => o.OrderStatus = OrderStatus.Complete, new OrderLine(_mug, 1));

        foreach (var queue in new[] { App.Queue, App.QueueOfABigBacklog })
        {
            var page = await queue.GetQueueAsync(new PackingQueueFilter(), pageIndex: 1, pageSize: 2);
            var beyond = await queue.GetQueueAsync(new PackingQueueFilter(), pageIndex: 3, pageSize: 2);

            Assert.That(page.Select(row => row.OrderId), Is.EqualTo(orders.Skip(2).Take(2).Select(o => o.Id)));
            Assert.That((page.TotalCount, beyond.Count, beyond.TotalCount), Is.EqualTo((5, 0, 5)));
            Assert.That(await queue.GetOldestOrderIdsAsync(new PackingQueueFilter(), 3), Is.EqualTo(orders.Take(3).Select(o => o.Id)));
        }
    }
}
