using NUnit.Framework;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Shipping;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;
using Nop.Plugin.Misc.MerchantOps.Packing.Services;
using Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Keys = Nop.Plugin.Misc.MerchantOps.Packing.Domain.PackingResourceKeys;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Packing;

[TestFixture(DatabaseEngine.Sqlite)]
[TestFixture(DatabaseEngine.PostgreSql)]
[TestFixture(DatabaseEngine.MySql)]
public class PackingBatchServiceTests : PackingDatabaseTest
{
    public PackingBatchServiceTests(DatabaseEngine engine) : base(engine)
    {
    }

    private Product _mug;

    [SetUp]
    public async Task CreateProductAsync() => _mug = await Store.ProductAsync("MUG-01");

    private async Task<List<Order>> OrdersAsync(int count)
    {
        var orders = new List<Order>();
        for (var i = 0; i < count; i++)
            orders.Add(await Store.OrderAsync((_mug, 1)));
        return orders;
    }

    [Test]
    public async Task A_batch_from_a_selection_holds_the_selected_orders_oldest_first()
    {
        var orders = await OrdersAsync(3);

        var result = await App.Batches.CreateFromSelectionAsync([orders[2].Id, orders[0].Id], "Morning");
        var batch = await App.Batches.GetBatchAsync(result.BatchId);

        Assert.That((result.Succeeded, result.ResourceKey, batch.Batch.Name, batch.Batch.State), Is.EqualTo((true, Keys.Batch.Created, "Morning", PackingBatchState.Open)));
        Assert.That(batch.Orders.Select(o => o.OrderId), Is.EqualTo(new[] { orders[0].Id, orders[2].Id }));
    }

    // MySQL and MariaDB store NVARCHAR(n) columns in utf8 (3 bytes a character), which refuses emoji.
    [Test]
    public async Task A_batch_name_with_emoji_is_kept_as_typed()
    {
        var orders = await OrdersAsync(1);

        var result = await App.Batches.CreateFromSelectionAsync([orders[0].Id], "Rush 🚀");

        Assert.That((await App.Batches.GetBatchAsync(result.BatchId)).Batch.Name, Is.EqualTo("Rush 🚀"));
    }

    [Test]
    public async Task A_batch_of_the_next_oldest_orders_takes_as_many_as_asked_oldest_first()
    {
        var orders = await OrdersAsync(5);

        var result = await App.Batches.CreateFromOldestAsync(new PackingQueueFilter(), 3);

        Assert.That(result.ClaimedOrderIds, Is.EqualTo(orders.Take(3).Select(o => o.Id)));
    }

    [Test]
    public async Task The_next_oldest_orders_are_those_placed_first_whether_sorted_in_memory_or_by_the_database()
    {
        var placed = DateTime.UtcNow.AddDays(-1);
        var orders = new List<Order>();
        foreach (var hoursLater in new[] { 5, 1, 4, 1, 3, 2 })
            orders.Add(await Store.OrderAsync(o => o.CreatedOnUtc = placed.AddHours(hoursLater), new OrderLine(_mug, 1)));
        var oldestFirst = orders.OrderBy(o => o.CreatedOnUtc).ThenBy(o => o.Id).Select(o => o.Id).ToList();

        var inMemory = await App.Batches.CreateFromOldestAsync(new PackingQueueFilter(), 3);
        var byTheDatabase = await App.BatchesOfABigBacklog.CreateFromOldestAsync(new PackingQueueFilter(), 3);

        Assert.That(inMemory.ClaimedOrderIds, Is.EqualTo(oldestFirst.Take(3)));
        Assert.That(byTheDatabase.ClaimedOrderIds, Is.EqualTo(oldestFirst.Skip(3)));
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task Creating_a_batch_takes_the_same_statements_for_two_orders_or_twelve(bool nextOldest)
    {
        var tea = await Store.ProductAsync("TEA-02");
        var few = new List<Order>();
        for (var i = 0; i < 2; i++)
            few.Add(await Store.OrderAsync((_mug, 1), (tea, 2)));
        var many = new List<Order>();
        for (var i = 0; i < 12; i++)
            many.Add(await Store.OrderAsync((_mug, 1), (tea, 2)));
        Task<CreateBatchResult> CreateAsync(List<Order> orders) => nextOldest
            ? App.Batches.CreateFromOldestAsync(new PackingQueueFilter(), orders.Count)
            : App.Batches.CreateFromSelectionAsync(orders.Select(o => o.Id).ToList());

        // settings are read once and then cached, as nopCommerce's SettingService does
        await App.Settings.LoadSettingAsync<MerchantOpsSettings>();
        using var counter = new SqlStatementCounter(Database);
        var small = await CreateAsync(few);
        var forFew = counter.Statements;
        counter.Reset();
        var large = await CreateAsync(many);

        Assert.That((small.ClaimedOrderIds, large.ClaimedOrderIds), Is.EqualTo((few.Select(o => o.Id), many.Select(o => o.Id))));
        Assert.That(counter.Count, Is.EqualTo(forFew.Count), "no statement per order:\n" + string.Join("\n", counter.Statements));
        var packOrders = await App.PickLists.GetPackOrdersAsync(large.BatchId);
        Assert.That(packOrders.Select(o => o.OrderId), Is.EqualTo(many.Select(o => o.Id)));
        Assert.That(packOrders.Select(o => string.Join(", ", o.Lines.Select(l => $"{l.Sku} x{l.Quantity}"))), Has.All.EqualTo("MUG-01 x1, TEA-02 x2"));
        TestContext.Out.WriteLine($"{forFew.Count} statements for 2 orders and for 12:\n{string.Join("\n", forFew)}");
    }

    [Test]
    public async Task An_order_another_batch_claimed_since_it_was_found_ready_is_refused_and_the_others_are_claimed_with_their_items()
    {
        var tea = await Store.ProductAsync("TEA-02");
        var orders = new List<Order>();
        for (var i = 0; i < 4; i++)
            orders.Add(await Store.OrderAsync((_mug, 1), (tea, i + 1)));
        var created = await App.Batches.CreateFromSelectionAsync([orders[0].Id]);
        var rival = await App.Batches.CreateFromSelectionAsync([orders[2].Id]);
        var batch = await Database.Repository<PackingBatch>().GetByIdAsync(created.BatchId);

        var (claimed, refused) = await App.Claimer.ClaimAsync(batch, [orders[1].Id, orders[2].Id, orders[3].Id], 1);
        var packOrders = await App.PickLists.GetPackOrdersAsync(batch.Id);

        Assert.That(claimed, Is.EqualTo(new[] { orders[1].Id, orders[3].Id }));
        Assert.That(refused, Is.EqualTo(new[] { new RefusedOrder(orders[2].Id, Keys.Claim.TakenMeanwhile) }), "a lost race, not a late arrival");
        Assert.That(packOrders.Select(o => (o.OrderId, o.Lines.Single(l => l.Sku == "TEA-02").Quantity)),
            Is.EqualTo(new[] { (orders[0].Id, 1), (orders[1].Id, 2), (orders[3].Id, 4) }));
        Assert.That((await App.PickLists.GetPackOrdersAsync(rival.BatchId)).Single().OrderId, Is.EqualTo(orders[2].Id));
        Assert.That(await Database.Repository<PackingBatchItem>().Table.CountAsync(item => item.Id > 0), Is.EqualTo(8), "no item left by the refused attempt");
    }

    [Test]
    public async Task Without_a_count_the_next_oldest_batch_takes_the_default_batch_size_setting()
    {
        await App.Settings.SetSettingAsync("merchantopssettings.packingdefaultbatchsize", 2);
        await OrdersAsync(3);

        Assert.That((await App.Batches.CreateFromOldestAsync(new PackingQueueFilter())).ClaimedOrderIds, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task The_creator_and_the_store_of_the_orders_are_recorded()
    {
        var order = await Store.OrderAsync(o => o.StoreId = 3, new OrderLine(_mug, 1));

        var result = await App.Batches.CreateFromSelectionAsync([order.Id]);
        var batch = (await App.Batches.GetBatchAsync(result.BatchId)).Batch;

        Assert.That((batch.CreatedByCustomerId, batch.StoreId), Is.EqualTo((App.Context.Customer.Id, 3)));
    }

    [TestCase(0, "Plugins.Misc.MerchantOps.Packing.Batch.NoOrders")]
    [TestCase(501, "Plugins.Misc.MerchantOps.Packing.Batch.TooManyOrders")]
    [TestCase(5000, "Plugins.Misc.MerchantOps.Packing.Batch.TooManyOrders")]
    public async Task A_batch_of_no_order_or_of_too_many_is_refused_and_nothing_is_created(int count, string key)
    {
        var result = await App.Batches.CreateFromSelectionAsync(Enumerable.Range(1, count).ToList());

        Assert.That((result.Succeeded, result.ResourceKey), Is.EqualTo((false, key)));
        Assert.That(await Database.Repository<PackingBatch>().Table.CountAsync(b => b.Id > 0), Is.Zero);
    }

    [Test]
    public async Task Asking_for_5000_oldest_orders_is_refused()
    {
        Assert.That((await App.Batches.CreateFromOldestAsync(new PackingQueueFilter(), 5000)).ResourceKey, Is.EqualTo(Keys.Batch.TooManyOrders));
    }

    [Test]
    public async Task An_order_already_in_a_batch_is_refused_to_the_second_packer_with_a_clear_reason()
    {
        var orders = await OrdersAsync(2);
        await App.Batches.CreateFromSelectionAsync([orders[0].Id]);

        var second = await App.Batches.CreateFromSelectionAsync([orders[0].Id, orders[1].Id]);

        Assert.That(second.ClaimedOrderIds, Is.EqualTo(new[] { orders[1].Id }));
        Assert.That(second.RefusedOrders, Is.EqualTo(new[] { new RefusedOrder(orders[0].Id, Keys.Claim.AlreadyInBatch) }));
    }

    [Test]
    public async Task When_every_selected_order_is_taken_no_batch_is_left_behind()
    {
        var order = (await OrdersAsync(1))[0];
        await App.Batches.CreateFromSelectionAsync([order.Id]);

        var second = await App.Batches.CreateFromSelectionAsync([order.Id]);

        Assert.That((second.Succeeded, second.ResourceKey), Is.EqualTo((false, Keys.Batch.NoOrderClaimed)));
        Assert.That(await Database.Repository<PackingBatch>().Table.CountAsync(b => b.Id > 0), Is.EqualTo(1));
    }

    [Test]
    public async Task Unknown_or_cancelled_orders_are_refused_with_their_reason()
    {
        var cancelled = await Store.OrderAsync(o => o.OrderStatus = OrderStatus.Cancelled, new OrderLine(_mug, 1));
        var ready = await Store.OrderAsync((_mug, 1));

        var result = await App.Batches.CreateFromSelectionAsync([cancelled.Id, 999999, ready.Id]);

        Assert.That(result.RefusedOrders.Select(r => (r.OrderId, r.ResourceKey)),
            Is.EquivalentTo(new[] { (cancelled.Id, Keys.Claim.OrderCancelled), (999999, Keys.Claim.OrderNotFound) }));
    }

    [Test]
    public async Task A_batch_name_longer_than_200_characters_is_refused()
    {
        var order = (await OrdersAsync(1))[0];

        Assert.That((await App.Batches.CreateFromSelectionAsync([order.Id], new string('n', 201))).ResourceKey, Is.EqualTo(Keys.Batch.NameTooLong));
    }

    [Test]
    public async Task An_unknown_assignee_is_refused()
    {
        var order = (await OrdersAsync(1))[0];

        Assert.That((await App.Batches.CreateFromSelectionAsync([order.Id], assigneeCustomerId: 424242)).ResourceKey, Is.EqualTo(Keys.Batch.UnknownAssignee));
    }

    [Test]
    public async Task A_partially_shipped_order_is_packed_for_the_remaining_quantity_only()
    {
        var order = await Store.OrderAsync((_mug, 5));
        var item = (await Store.ItemsOfAsync(order)).Single();
        var shipment = new Shipment { OrderId = order.Id, CreatedOnUtc = StoreData.Now, ShippedDateUtc = StoreData.Now };
        await Database.Repository<Shipment>().InsertAsync(shipment);
        await Database.Repository<ShipmentItem>().InsertAsync(new ShipmentItem { ShipmentId = shipment.Id, OrderItemId = item.Id, Quantity = 2 });
        order.ShippingStatus = ShippingStatus.PartiallyShipped;
        await Database.Repository<Order>().UpdateAsync(order);

        var result = await App.Batches.CreateFromSelectionAsync([order.Id]);

        Assert.That((await App.Batches.GetBatchAsync(result.BatchId)).Orders.Single().ItemCount, Is.EqualTo(3));
    }

    [Test]
    public async Task A_vendor_batch_holds_only_the_vendors_items_and_is_invisible_to_another_vendor()
    {
        var theirs = await Store.ProductAsync("V7-SCARF", p => p.VendorId = 7);
        var order = await Store.OrderAsync((_mug, 4), (theirs, 2));
        App.As(await Store.PackerAsync("vendor7@example.com"), vendorId: 7);

        var result = await App.Batches.CreateFromSelectionAsync([order.Id]);
        var asVendor7 = await App.Batches.GetBatchAsync(result.BatchId);
        App.As(await Store.PackerAsync("vendor8@example.com"), vendorId: 8);

        Assert.That((asVendor7.Batch.VendorId, asVendor7.Orders.Single().ItemCount), Is.EqualTo((7, 2)));
        Assert.That(await App.Batches.GetBatchAsync(result.BatchId), Is.Null);
        Assert.That(await App.Batches.SearchBatchesAsync(new PackingBatchSearch()), Is.Empty);
    }

    [Test]
    public async Task A_vendor_order_with_nothing_of_theirs_left_to_ship_is_refused_as_nothing_to_pack()
    {
        var theirs = await Store.ProductAsync("V7-SCARF", p => p.VendorId = 7);
        var order = await Store.OrderAsync((_mug, 1), (theirs, 1));
        var item = (await Store.ItemsOfAsync(order)).Single(i => i.ProductId == theirs.Id);
        var shipment = new Shipment { OrderId = order.Id, CreatedOnUtc = StoreData.Now };
        await Database.Repository<Shipment>().InsertAsync(shipment);
        await Database.Repository<ShipmentItem>().InsertAsync(new ShipmentItem { ShipmentId = shipment.Id, OrderItemId = item.Id, Quantity = 1 });
        App.As(await Store.PackerAsync("vendor7@example.com"), vendorId: 7);

        var result = await App.Batches.CreateFromSelectionAsync([order.Id]);

        Assert.That(result.RefusedOrders, Is.EqualTo(new[] { new RefusedOrder(order.Id, Keys.Claim.NothingToPack) }));
    }

    [Test]
    public async Task Orders_can_be_added_to_a_batch_being_picked_after_its_own_orders()
    {
        var orders = await OrdersAsync(3);
        var created = await App.Batches.CreateFromSelectionAsync([orders[1].Id]);
        await App.Workflow.StartPickingAsync(created.BatchId);

        var added = await App.Batches.AddOrdersAsync(created.BatchId, [orders[0].Id, orders[2].Id]);

        Assert.That((added.Succeeded, added.ResourceKey), Is.EqualTo((true, Keys.Batch.OrdersAdded)));
        Assert.That((await App.Batches.GetBatchAsync(created.BatchId)).Orders.Select(o => o.OrderId), Is.EqualTo(new[] { orders[1].Id, orders[0].Id, orders[2].Id }));
    }

    [Test]
    public async Task Orders_cannot_be_added_once_packing_started()
    {
        var orders = await OrdersAsync(2);
        var batch = await Store.PackingBatchAsync(orders[0]);

        Assert.That((await App.Batches.AddOrdersAsync(batch.Batch.Id, [orders[1].Id])).ResourceKey, Is.EqualTo(Keys.Batch.CannotAddOrders));
    }

    [Test]
    public async Task The_batch_list_shows_progress_newest_first_and_filters_open_batches()
    {
        var orders = await OrdersAsync(3);
        var first = await App.Batches.CreateFromSelectionAsync([orders[0].Id, orders[1].Id]);
        var second = await App.Batches.CreateFromSelectionAsync([orders[2].Id]);
        await App.Workflow.CancelAsync(second.BatchId, mayCancelOthersClaims: false);

        var all = await App.Batches.SearchBatchesAsync(new PackingBatchSearch());
        var open = await App.Batches.SearchBatchesAsync(new PackingBatchSearch { OpenOnly = true });

        Assert.That(all.Select(b => (b.Id, b.Progress.Total)), Is.EqualTo(new[] { (second.BatchId, 0), (first.BatchId, 2) }));
        Assert.That(open.Select(b => b.Id), Is.EqualTo(new[] { first.BatchId }));
    }

    [Test]
    public async Task Creating_a_batch_is_recorded_in_the_audit_trail()
    {
        var order = (await OrdersAsync(1))[0];

        var result = await App.Batches.CreateFromSelectionAsync([order.Id]);

        var entry = (await App.Reports.GetAuditAsync(result.BatchId)).Single();
        Assert.That((entry.Type, entry.CustomerId), Is.EqualTo((PackingEventType.BatchCreated, App.Context.Customer.Id)));
    }

    [Test]
    public async Task An_order_in_no_batch_has_no_placement()
    {
        var order = (await OrdersAsync(1))[0];

        Assert.That(await App.Batches.FindOrderBatchAsync(order.Id), Is.Null);
        Assert.That(await App.Batches.FindOrderBatchAsync(0), Is.Null);
    }

    [Test]
    public async Task The_placement_of_an_order_is_its_latest_batch_and_its_state_there()
    {
        var order = (await OrdersAsync(1))[0];
        var first = await Store.PackingBatchAsync(order);
        var firstRow = first.Orders.Single();
        await App.Workflow.SkipOrderAsync(firstRow.BatchOrderId, PackingSkipReason.OutOfStock, "back Monday");

        var afterSkip = await App.Batches.FindOrderBatchAsync(order.Id);
        var second = await App.Batches.CreateFromSelectionAsync([order.Id], "Monday");
        var afterRebatch = await App.Batches.FindOrderBatchAsync(order.Id);

        Assert.That(afterSkip, Is.EqualTo(new OrderBatchPlacement(first.Batch.Id, null, PackingBatchState.Packing, firstRow.BatchOrderId,
            PackingOrderStatus.Skipped, "back Monday", null, null, HoldsOrder: false)));
        Assert.That((afterRebatch.BatchId, afterRebatch.BatchName, afterRebatch.BatchState, afterRebatch.Status, afterRebatch.HoldsOrder),
            Is.EqualTo((second.BatchId, "Monday", PackingBatchState.Open, PackingOrderStatus.Pending, true)));
    }

    [Test]
    public async Task A_vendor_finds_only_their_own_batch_of_an_order()
    {
        var theirs = await Store.ProductAsync("V7-SCARF", p => p.VendorId = 7);
        var order = await Store.OrderAsync((_mug, 1), (theirs, 1));
        var shopBatch = await App.Batches.CreateFromSelectionAsync([order.Id]);
        App.As(await Store.PackerAsync("vendor7@example.com"), vendorId: 7);

        var asVendor7 = await App.Batches.FindOrderBatchAsync(order.Id);
        App.As(await Store.PackerAsync("admin2@example.com"));

        Assert.That(asVendor7, Is.Null, "the shop's batch is not the vendor's, even with the vendor's item in the order");
        Assert.That((await App.Batches.FindOrderBatchAsync(order.Id)).BatchId, Is.EqualTo(shopBatch.BatchId));
    }
}
