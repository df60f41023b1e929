using System.Text.RegularExpressions;
using NUnit.Framework;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Core.Domain.Shipping;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;
using Nop.Plugin.Misc.MerchantOps.Packing.Services;
using Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;
using Keys = Nop.Plugin.Misc.MerchantOps.Packing.Domain.PackingResourceKeys;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Packing;

[TestFixture(DatabaseEngine.Sqlite)]
[TestFixture(DatabaseEngine.PostgreSql)]
[TestFixture(DatabaseEngine.MySql)]
public class PackingShipServiceTests : PackingDatabaseTest
{
    public PackingShipServiceTests(DatabaseEngine engine) : base(engine)
    {
    }

    private Product _mug;
    private Product _tote;

    [SetUp]
    public async Task CreateProductsAsync()
    {
        _mug = await Store.ProductAsync("MUG-01");
        _tote = await Store.ProductAsync("TOTE-02");
    }

    /// <summary>A batch being packed whose orders are all packed (every unit scanned).</summary>
    private async Task<PackingBatchDetails> PackedBatchAsync(params Order[] orders)
    {
        var batch = await Store.PackingBatchAsync(orders);
        foreach (var row in batch.Orders)
            await Store.PackAsync(batch, row.BatchOrderId);
        return batch;
    }

    private async Task<PackingBatchOrderRow> RowAsync(PackingBatchDetails batch, Order order) =>
        (await App.Batches.GetBatchAsync(batch.Batch.Id)).Orders.Single(o => o.OrderId == order.Id);

    private async Task<IList<ShipmentItem>> ItemsOfAsync(Shipment shipment) =>
        await Database.Repository<ShipmentItem>().Table.Where(i => i.ShipmentId == shipment.Id).OrderBy(i => i.OrderItemId).ToListAsync();

    [Test]
    public async Task Shipping_creates_one_shipment_of_the_packed_items_and_ships_it_through_nopCommerce()
    {
        var order = await Store.OrderAsync((_mug, 2), (_tote, 1));
        var batch = await PackedBatchAsync(order);

        var result = await App.Shipping.ShipAsync(batch.Orders.Single().BatchOrderId, new ShipRequest("6A123456789", 1.2m));

        var shipment = (await Store.ShipmentsOfAsync(order)).Single();
        Assert.That((result.Succeeded, result.ResourceKey, result.ShipmentId), Is.EqualTo((true, Keys.Ship.Shipped, shipment.Id)));
        Assert.That((shipment.TrackingNumber, shipment.TotalWeight, shipment.ShippedDateUtc.HasValue), Is.EqualTo(("6A123456789", (decimal?)1.2m, true)));
        Assert.That((await ItemsOfAsync(shipment)).Select(i => i.Quantity), Is.EqualTo(new[] { 2, 1 }));
        Assert.That((await Store.ReloadAsync(order)).ShippingStatus, Is.EqualTo(ShippingStatus.Shipped));
        var shippedEmail = (await Store.QueuedEmailsAsync()).Single();
        Assert.That((shippedEmail.To, shippedEmail.Subject), Is.EqualTo(("customer@example.com", $"Your order {order.CustomOrderNumber} has shipped")));
    }

    [Test]
    public async Task Shipping_publishes_the_events_nopCommerce_admin_publishes()
    {
        var order = await Store.OrderAsync((_mug, 1));
        var batch = await PackedBatchAsync(order);

        await App.Shipping.ShipAsync(batch.Orders.Single().BatchOrderId, new ShipRequest("6A123456789"));

        Assert.That(App.Events.Published<ShipmentCreatedEvent>(), Has.Count.EqualTo(1));
        Assert.That(App.Events.Published<ShipmentTrackingNumberSetEvent>(), Has.Count.EqualTo(1));
        Assert.That(App.Events.Published<ShipmentSentEvent>(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Without_a_tracking_number_no_tracking_event_is_published()
    {
        var order = await Store.OrderAsync((_mug, 1));
        var batch = await PackedBatchAsync(order);

        await App.Shipping.ShipAsync(batch.Orders.Single().BatchOrderId, new ShipRequest());

        Assert.That(App.Events.Published<ShipmentTrackingNumberSetEvent>(), Is.Empty);
    }

    [Test]
    public async Task Shipping_notes_on_the_order_who_packed_it_in_which_batch()
    {
        var order = await Store.OrderAsync((_mug, 1));
        var batch = await PackedBatchAsync(order);

        var result = await App.Shipping.ShipAsync(batch.Orders.Single().BatchOrderId, new ShipRequest());

        var notes = await App.OrderService.GetOrderNotesByOrderIdAsync(order.Id);
        Assert.That(notes.Select(n => n.Note), Has.One.EqualTo($"Packed by Paula Packer in batch #{batch.Batch.Id}; shipment #{result.ShipmentId} (Merchant Ops)."));
    }

    [Test]
    public async Task A_partially_shipped_order_ships_only_the_remaining_quantities()
    {
        var order = await Store.OrderAsync((_mug, 3));
        var item = (await Store.ItemsOfAsync(order)).Single();
        var earlier = new Shipment { OrderId = order.Id, CreatedOnUtc = StoreData.Now, ShippedDateUtc = StoreData.Now };
        await Database.Repository<Shipment>().InsertAsync(earlier);
        await Database.Repository<ShipmentItem>().InsertAsync(new ShipmentItem { ShipmentId = earlier.Id, OrderItemId = item.Id, Quantity = 1 });
        order.ShippingStatus = ShippingStatus.PartiallyShipped;
        await Database.Repository<Order>().UpdateAsync(order);
        var batch = await PackedBatchAsync(order);

        var result = await App.Shipping.ShipAsync(batch.Orders.Single().BatchOrderId, new ShipRequest());

        var shipment = await Database.Repository<Shipment>().GetByIdAsync(result.ShipmentId);
        Assert.That((await ItemsOfAsync(shipment)).Single().Quantity, Is.EqualTo(2));
        Assert.That((await Store.ReloadAsync(order)).ShippingStatus, Is.EqualTo(ShippingStatus.Shipped));
    }

    [Test]
    public async Task A_vendor_ships_only_their_items_and_the_order_stays_partially_shipped()
    {
        var scarf = await Store.ProductAsync("V5-SCARF", p => p.VendorId = 5);
        var order = await Store.OrderAsync((_mug, 1), (scarf, 2));
        App.As(await Store.PackerAsync("vendor5@example.com"), vendorId: 5);
        var batch = await PackedBatchAsync(order);

        var result = await App.Shipping.ShipAsync(batch.Orders.Single().BatchOrderId, new ShipRequest());

        var shipment = await Database.Repository<Shipment>().GetByIdAsync(result.ShipmentId);
        Assert.That((await ItemsOfAsync(shipment)).Select(i => i.Quantity), Is.EqualTo(new[] { 2 }));
        Assert.That((await Store.ReloadAsync(order)).ShippingStatus, Is.EqualTo(ShippingStatus.PartiallyShipped));
    }

    [Test]
    public async Task The_shipment_items_leave_from_the_warehouse_chosen_at_batch_creation()
    {
        var lyon = await Store.WarehouseAsync("Lyon");
        var paris = await Store.WarehouseAsync("Paris");
        var vase = await Store.ProductAsync("VASE", p => (p.UseMultipleWarehouses, p.WarehouseId) = (true, lyon.Id));
        await Store.StockAsync(vase, lyon, 1);
        await Store.StockAsync(vase, paris, 9);
        var order = await Store.OrderAsync((vase, 2));
        var batch = await PackedBatchAsync(order);

        var result = await App.Shipping.ShipAsync(batch.Orders.Single().BatchOrderId, new ShipRequest());

        var shipment = await Database.Repository<Shipment>().GetByIdAsync(result.ShipmentId);
        var parisStock = await Database.Repository<ProductWarehouseInventory>().Table.SingleAsync(w => w.WarehouseId == paris.Id);
        Assert.That(((await ItemsOfAsync(shipment)).Single().WarehouseId, parisStock.StockQuantity), Is.EqualTo((paris.Id, 7)));
    }

    [Test]
    public async Task A_second_click_after_shipping_answers_already_shipped_with_the_same_shipment()
    {
        var order = await Store.OrderAsync((_mug, 1));
        var batch = await PackedBatchAsync(order);
        var batchOrderId = batch.Orders.Single().BatchOrderId;

        var first = await App.Shipping.ShipAsync(batchOrderId, new ShipRequest());
        var second = await App.Shipping.ShipAsync(batchOrderId, new ShipRequest());

        Assert.That((second.Succeeded, second.ResourceKey, second.ShipmentId), Is.EqualTo((true, Keys.Ship.AlreadyShipped, first.ShipmentId)));
        Assert.That(await Store.ShipmentsOfAsync(order), Has.Count.EqualTo(1));
        Assert.That(App.Events.Published<ShipmentSentEvent>(), Has.Count.EqualTo(1));
    }

    [TestCaseSource(nameof(EveryFailurePoint))]
    public async Task A_failure_leaves_the_order_in_problem_with_the_error_and_a_retry_ends_with_exactly_one_shipment(FaultPoint point)
    {
        App.OrderProcessing.CompleteOrderWhenDelivered = false;
        var order = await Store.OrderAsync((_mug, 2), (_tote, 1));
        var batch = await PackedBatchAsync(order);
        var batchOrderId = batch.Orders.Single().BatchOrderId;
        App.Faults.FailOnce(point);

        var failed = await App.Shipping.ShipAsync(batchOrderId, new ShipRequest("TRACK-1"));
        var problem = await RowAsync(batch, order);
        var retried = await App.Shipping.ShipAsync(batchOrderId, new ShipRequest());

        Assert.That((failed.Succeeded, failed.ResourceKey, problem.Status, problem.Note), Is.EqualTo((false, Keys.Ship.Failed, PackingOrderStatus.Problem, $"Injected failure: {point}")));
        Assert.That((retried.Succeeded, retried.ResourceKey), Is.EqualTo((true, Keys.Ship.Shipped)));
        var shipment = (await Store.ShipmentsOfAsync(order)).Single();
        Assert.That((await ItemsOfAsync(shipment)).Select(i => i.Quantity), Is.EqualTo(new[] { 2, 1 }));
        Assert.That((shipment.TrackingNumber, shipment.ShippedDateUtc.HasValue), Is.EqualTo(("TRACK-1", true)));
        Assert.That((await Store.ReloadAsync(order)).ShippingStatus, Is.EqualTo(ShippingStatus.Shipped));
        Assert.That((await RowAsync(batch, order)).Status, Is.EqualTo(PackingOrderStatus.Shipped));
        Assert.That((await App.OrderService.GetOrderNotesByOrderIdAsync(order.Id)).Count(n => n.Note.StartsWith("Packed by")), Is.EqualTo(1));
    }

    /// <summary>Every place the fakes can fail: a point added to <see cref="FaultPoint"/> is tested here at once.</summary>
    public static IEnumerable<FaultPoint> EveryFailurePoint() => Enum.GetValues<FaultPoint>();

    [TestCaseSource(nameof(EveryFailurePoint))]
    public async Task A_retry_after_a_failure_ends_exactly_like_a_ship_without_failure(FaultPoint point)
    {
        // A store that completes an order once shipped, so the retry must also complete it as nopCommerce would.
        App.OrderProcessing.CompleteOrderWhenDelivered = false;
        var lyon = await Store.WarehouseAsync("Lyon");
        var paris = await Store.WarehouseAsync("Paris");

        var clean = await ShipAnOrderOfItsOwnAsync("a", lyon, paris, failAt: null);
        var retried = await ShipAnOrderOfItsOwnAsync("b", lyon, paris, failAt: point);

        Assert.That(retried.FirstAttempt, Is.EqualTo((false, $"Injected failure: {point}")), "the ship stopped at the failure point");
        Assert.Multiple(() =>
        {
            Assert.That(retried.Retry, Is.EqualTo((true, Keys.Ship.Shipped)));
            Assert.That(retried.Shipments, Is.EqualTo(clean.Shipments), "shipments");
            Assert.That((retried.ShippingStatus, retried.OrderStatus), Is.EqualTo((clean.ShippingStatus, clean.OrderStatus)), "statuses");
            Assert.That(retried.Notes, Is.EqualTo(clean.Notes), "order notes");
            Assert.That(retried.Emails, Is.EqualTo(clean.Emails), "queued emails");
            Assert.That(retried.Stock, Is.EqualTo(clean.Stock), "stock");
            Assert.That(retried.StockHistory, Is.EqualTo(clean.StockHistory), "stock history");
            Assert.That(retried.Events, Is.EqualTo(clean.Events), "events");
        });
        Assert.That(clean.OrderStatus, Is.EqualTo(OrderStatus.Complete), "the comparison covers the order's completion");
    }

    private sealed record ShipOutcome((bool, string) FirstAttempt, (bool, string) Retry, string[] Shipments, ShippingStatus ShippingStatus,
        OrderStatus OrderStatus, string[] Notes, string[] Emails, string[] Stock, string[] StockHistory, string[] Events);

    /// <summary>
    /// An order of its own customer and products (two kept in several warehouses, one simply stock-managed), packed
    /// and shipped; with a failure point, shipped once more after the failure. What it ends with, with the ids
    /// that differ from order to order replaced by their role.
    /// </summary>
    private async Task<ShipOutcome> ShipAnOrderOfItsOwnAsync(string name, Warehouse lyon, Warehouse paris, FaultPoint? failAt)
    {
        var vase = await Store.ProductAsync($"VASE-{name}", p => (p.UseMultipleWarehouses, p.WarehouseId) = (true, lyon.Id));
        var lamp = await Store.ProductAsync($"LAMP-{name}", p => (p.UseMultipleWarehouses, p.WarehouseId) = (true, paris.Id));
        var mug = await Store.ProductAsync($"MUG-{name}");
        await Store.StockAsync(vase, lyon, 5);
        await Store.StockAsync(vase, paris, 9);
        await Store.StockAsync(lamp, paris, 4);
        foreach (var row in await Database.Repository<ProductWarehouseInventory>().Table.Where(w => w.ProductId == vase.Id || w.ProductId == lamp.Id).ToListAsync())
        {
            row.ReservedQuantity = 3;
            await Database.Repository<ProductWarehouseInventory>().UpdateAsync(row);
        }

        var address = StoreData.Address();
        address.Email = $"{name}@example.com";
        await Database.Repository<Address>().InsertAsync(address);
        var order = await Store.OrderAsync(o => o.BillingAddressId = address.Id, new OrderLine(vase, 2), new OrderLine(lamp, 1), new OrderLine(mug, 1));
        var batch = await PackedBatchAsync(order);
        var batchOrderId = batch.Orders.Single().BatchOrderId;
        var firstEvent = App.Events.Events.Count;

        if (failAt is { } point)
            App.Faults.FailOnce(point);
        var first = await App.Shipping.ShipAsync(batchOrderId, new ShipRequest("TRACK-1"));
        var retry = failAt is null ? first : await App.Shipping.ShipAsync(batchOrderId, new ShipRequest());

        var shipment = (await Store.ShipmentsOfAsync(order)).Single();
        string Normalize(string text) => Regex.Replace(text
                .Replace($"Shipment# {shipment.Id} ", "Shipment# {shipment} ")
                .Replace($"shipment #{shipment.Id}", "shipment #{shipment}")
                .Replace($"batch #{batch.Batch.Id}", "batch #{batch}")
                .Replace($"order #{order.Id}", "order #{order}")
                .Replace($" {order.CustomOrderNumber} ", " {order} ")
                .Replace(address.Email, "{customer}"),
            @"identifiers: [\d, ]+\.", "identifiers: {emails}.");

        var reloaded = await Store.ReloadAsync(order);
        var shipments = (await Store.ShipmentsOfAsync(order))
            .Select(s => $"{s.TrackingNumber} shipped:{s.ShippedDateUtc.HasValue} items:{string.Join(",", ItemsOfAsync(s).Result.Select(i => i.Quantity))}").ToArray();
        var notes = (await App.OrderService.GetOrderNotesByOrderIdAsync(order.Id)).Select(n => Normalize(n.Note)).ToArray();
        var emails = (await Store.QueuedEmailsAsync())
            .Where(e => e.To == address.Email || e.Subject.Contains($" {order.CustomOrderNumber} "))
            .Select(e => Normalize($"{e.To} | {e.Subject} | {e.Priority}")).ToArray();
        var products = new[] { vase, lamp, mug };
        var stock = new List<string>();
        var history = new List<string>();
        foreach (var product in products)
        {
            var role = product.Sku.Split('-')[0];
            stock.Add($"{role}: {(await Database.Repository<Product>().GetByIdAsync(product.Id)).StockQuantity}");
            foreach (var row in await Database.Repository<ProductWarehouseInventory>().Table.Where(w => w.ProductId == product.Id).OrderBy(w => w.WarehouseId).ToListAsync())
                stock.Add($"{role} in {row.WarehouseId}: {row.StockQuantity} reserved {row.ReservedQuantity}");
            foreach (var line in await Database.Repository<StockQuantityHistory>().Table.Where(h => h.ProductId == product.Id).OrderBy(h => h.Id).ToListAsync())
                history.Add(Normalize($"{role} in {line.WarehouseId}: {line.QuantityAdjustment} → {line.StockQuantity} ({line.Message})"));
        }

        var events = App.Events.Events.Skip(firstEvent).Where(e => !e.GetType().IsGenericType).Select(e => e.GetType().Name).ToArray();
        return new ShipOutcome((first.Succeeded, first.Error), (retry.Succeeded, retry.ResourceKey), shipments, reloaded.ShippingStatus,
            reloaded.OrderStatus, notes, emails, stock.ToArray(), history.ToArray(), events);
    }

    [Test]
    public async Task A_failure_is_logged_and_recorded_in_the_audit_trail()
    {
        var order = await Store.OrderAsync((_mug, 1));
        var batch = await PackedBatchAsync(order);
        App.Faults.FailOnce(FaultPoint.AfterShip);

        await App.Shipping.ShipAsync(batch.Orders.Single().BatchOrderId, new ShipRequest());

        Assert.That(App.Logger.Errors.Single(), Does.Contain($"order {order.Id}").And.Contain("Injected failure"));
        Assert.That((await App.Reports.GetAuditAsync(batch.Batch.Id, types: [PackingEventType.ShipFailed])).Single().ResourceKey, Is.EqualTo(Keys.Ship.Failed));
    }

    [Test]
    public async Task A_retry_after_a_request_died_mid_way_waits_for_the_lease_then_resumes_without_a_second_shipment()
    {
        var order = await Store.OrderAsync((_mug, 1));
        var batch = await PackedBatchAsync(order);
        var batchOrderId = batch.Orders.Single().BatchOrderId;
        await SimulateRequestThatDiedAfterInsertingTheShipmentAsync(batchOrderId, order);

        var tooEarly = await App.Shipping.ShipAsync(batchOrderId, new ShipRequest());
        Store.Clock.Advance(PackingLimits.ShipAttemptLease);
        var resumed = await App.Shipping.ShipAsync(batchOrderId, new ShipRequest());

        Assert.That((tooEarly.ResourceKey, resumed.ResourceKey), Is.EqualTo((Keys.Ship.InProgress, Keys.Ship.Shipped)));
        Assert.That(await Store.ShipmentsOfAsync(order), Has.Count.EqualTo(1));
        Assert.That((await App.Reports.GetAuditAsync(batch.Batch.Id, types: [PackingEventType.ShipResumed])), Has.Count.EqualTo(1));
    }

    /// <summary>The attempt was claimed and nopCommerce inserted the shipment, then the process stopped: nothing else was recorded.</summary>
    private async Task SimulateRequestThatDiedAfterInsertingTheShipmentAsync(int batchOrderId, Order order)
    {
        var row = await Database.Repository<PackingBatchOrder>().GetByIdAsync(batchOrderId);
        row.BeginShipAttempt(Store.Clock.UtcNow, PackingLimits.ShipAttemptLease);
        await Database.Repository<PackingBatchOrder>().UpdateAsync(row);
        await Database.Repository<Shipment>().InsertAsync(new Shipment
        {
            OrderId = order.Id, AdminComment = ShipAttemptRunner.Marker(row), CreatedOnUtc = Store.Clock.UtcNow
        });
    }

    public static IEnumerable<TestCaseData> ChangedMeanwhile()
    {
        yield return new TestCaseData((Action<Order>)(o => o.OrderStatus = OrderStatus.Cancelled), Keys.Ship.OrderCancelled).SetName("An order cancelled while in the batch is not shipped");
        yield return new TestCaseData((Action<Order>)(o => o.PaymentStatus = PaymentStatus.Refunded), Keys.Ship.OrderRefunded).SetName("An order refunded while in the batch is not shipped");
        yield return new TestCaseData((Action<Order>)(o => o.Deleted = true), Keys.Ship.OrderDeleted).SetName("An order deleted while in the batch is not shipped");
    }

    [TestCaseSource(nameof(ChangedMeanwhile))]
    public async Task Orders_changed_while_in_the_batch_are_flagged_instead_of_shipped(Action<Order> change, string key)
    {
        var order = await Store.OrderAsync((_mug, 1));
        var batch = await PackedBatchAsync(order);
        change(order);
        await Database.Repository<Order>().UpdateAsync(order);

        var result = await App.Shipping.ShipAsync(batch.Orders.Single().BatchOrderId, new ShipRequest());

        Assert.That((result.Succeeded, result.ResourceKey), Is.EqualTo((false, key)));
        Assert.That(((await RowAsync(batch, order)).Status, (await RowAsync(batch, order)).ProblemResourceKey), Is.EqualTo((PackingOrderStatus.Problem, key)));
        Assert.That(await Store.ShipmentsOfAsync(order), Is.Empty);
    }

    [Test]
    public async Task An_order_shipped_from_the_admin_meanwhile_is_flagged_with_nothing_left_to_ship()
    {
        var order = await Store.OrderAsync((_mug, 1));
        var batch = await PackedBatchAsync(order);
        var item = (await Store.ItemsOfAsync(order)).Single();
        var adminShipment = new Shipment { OrderId = order.Id, CreatedOnUtc = StoreData.Now };
        await Database.Repository<Shipment>().InsertAsync(adminShipment);
        await Database.Repository<ShipmentItem>().InsertAsync(new ShipmentItem { ShipmentId = adminShipment.Id, OrderItemId = item.Id, Quantity = 1 });

        var result = await App.Shipping.ShipAsync(batch.Orders.Single().BatchOrderId, new ShipRequest());

        Assert.That(result.ResourceKey, Is.EqualTo(Keys.Ship.NothingLeftToShip));
        Assert.That(await Store.ShipmentsOfAsync(order), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_10000_character_tracking_number_is_refused_and_the_order_stays_packed()
    {
        var order = await Store.OrderAsync((_mug, 1));
        var batch = await PackedBatchAsync(order);

        var result = await App.Shipping.ShipAsync(batch.Orders.Single().BatchOrderId, new ShipRequest(new string('9', 10000)));

        Assert.That(result, Is.EqualTo(new ShipResult(false, Keys.Ship.TrackingNumberTooLong)));
        Assert.That((await RowAsync(batch, order)).Status, Is.EqualTo(PackingOrderStatus.Packed));
    }

    [TestCase(-1)]
    [TestCase(1000000)]
    public async Task An_impossible_weight_is_refused(decimal weight)
    {
        var order = await Store.OrderAsync((_mug, 1));
        var batch = await PackedBatchAsync(order);

        Assert.That((await App.Shipping.ShipAsync(batch.Orders.Single().BatchOrderId, new ShipRequest(null, weight))).ResourceKey, Is.EqualTo(Keys.Ship.InvalidWeight));
    }

    [Test]
    public async Task An_order_not_yet_verified_is_not_shipped()
    {
        var order = await Store.OrderAsync((_mug, 1));
        var batch = await Store.PackingBatchAsync(order);

        Assert.That((await App.Shipping.ShipAsync(batch.Orders.Single().BatchOrderId, new ShipRequest())).ResourceKey, Is.EqualTo(Keys.Ship.NotPacked));
    }

    [Test]
    public async Task Shipping_points_to_the_next_order_and_the_last_one_finishes_the_batch()
    {
        var first = await Store.OrderAsync((_mug, 1));
        var second = await Store.OrderAsync((_tote, 1));
        var batch = await PackedBatchAsync(first, second);

        var one = await App.Shipping.ShipAsync((await RowAsync(batch, first)).BatchOrderId, new ShipRequest());
        var two = await App.Shipping.ShipAsync((await RowAsync(batch, second)).BatchOrderId, new ShipRequest());

        Assert.That((one.NextBatchOrderId, one.BatchDone), Is.EqualTo(((await RowAsync(batch, second)).BatchOrderId, false)));
        Assert.That((two.NextBatchOrderId, two.BatchDone), Is.EqualTo((0, true)));
        Assert.That((await App.Batches.GetBatchAsync(batch.Batch.Id)).Batch.State, Is.EqualTo(PackingBatchState.Done));
    }

    [Test]
    public async Task An_order_with_a_shipment_under_way_can_be_neither_removed_nor_its_batch_cancelled()
    {
        var order = await Store.OrderAsync((_mug, 1));
        var batch = await PackedBatchAsync(order);
        var batchOrderId = batch.Orders.Single().BatchOrderId;
        App.Faults.FailOnce(FaultPoint.AfterShipmentItemInsert);
        await App.Shipping.ShipAsync(batchOrderId, new ShipRequest());

        Assert.That(await App.Workflow.RemoveOrderAsync(batchOrderId), Is.EqualTo(PackingResult.Refused(Keys.Order.HasShipment)));
        Assert.That(await App.Workflow.CancelAsync(batch.Batch.Id, true), Is.EqualTo(PackingResult.Refused(Keys.Batch.ShipmentInProgress)));
    }
}
