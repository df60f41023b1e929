using NUnit.Framework;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Core.Events;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;
using Nop.Plugin.Misc.MerchantOps.Packing.Services;
using Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Keys = Nop.Plugin.Misc.MerchantOps.Packing.Domain.PackingResourceKeys;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Packing;

/// <summary>
/// Orders cancelled, refunded or deleted while in a batch, as nopCommerce 4.90 announces them: the consumer is
/// registered as nopCommerce registers it and hears the store's entity events; the orders change through the repository
/// (as OrderService does).
/// </summary>
[TestFixture(DatabaseEngine.Sqlite)]
[TestFixture(DatabaseEngine.PostgreSql)]
[TestFixture(DatabaseEngine.MySql)]
public class OrderLeftPackingConsumerTests : PackingDatabaseTest
{
    public OrderLeftPackingConsumerTests(DatabaseEngine engine) : base(engine)
    {
    }

    private Product _mug;
    private OrderLeftPackingConsumer _consumer;

    [SetUp]
    public async Task SubscribeAsync()
    {
        _mug = await Store.ProductAsync("MUG-01");
        App.StoreApp.DeliverToConsumers<EntityUpdatedEvent<Order>>().DeliverToConsumers<EntityDeletedEvent<Order>>();
        _consumer = App.StoreApp.Consumer<OrderLeftPackingConsumer, OrderStatusChangedEvent>();
    }

    private async Task<(PackingBatchDetails Batch, Order Order)> BatchedOrderAsync()
    {
        var order = await Store.OrderAsync((_mug, 2));
        return (await Store.PackingBatchAsync(order), order);
    }

    private async Task<PackingBatchOrder> RowAsync(PackingBatchDetails batch) =>
        await Database.Repository<PackingBatchOrder>().GetByIdAsync(batch.Orders.Single().BatchOrderId);

    [Test]
    public async Task An_order_cancelled_in_the_admin_is_flagged_with_the_reason_and_cannot_be_shipped()
    {
        var (batch, order) = await BatchedOrderAsync();
        await Store.PackAsync(batch, batch.Orders.Single().BatchOrderId);
        var previous = order.OrderStatus;
        order.OrderStatus = OrderStatus.Cancelled;
        await Database.Repository<Order>().UpdateAsync(order);
        await _consumer.HandleEventAsync(new OrderStatusChangedEvent(order, previous));

        var row = await RowAsync(batch);
        var shipped = await App.Shipping.ShipAsync(row.Id, new ShipRequest());
        var audit = await App.Reports.GetAuditAsync(batch.Batch.Id, types: [PackingEventType.ProblemFlagged]);

        Assert.That((row.Status, row.ProblemResourceKey), Is.EqualTo((PackingOrderStatus.Problem, Keys.Ship.OrderCancelled)));
        Assert.That(audit.Select(e => (e.OrderId, e.ResourceKey)), Is.EqualTo(new[] { (order.Id, Keys.Ship.OrderCancelled) }), "flagged once, though two events came");
        Assert.That(shipped.Succeeded, Is.False);
        Assert.That(await Store.ShipmentsOfAsync(order), Is.Empty);
        Assert.That((await App.Scans.GetPackOrderAsync(batch.Batch.Id, row.Id)).CanRetryShip, Is.False);
    }

    [Test]
    public async Task A_full_refund_flags_the_order_and_a_partial_one_does_not()
    {
        var (fullBatch, full) = await BatchedOrderAsync();
        var (partialBatch, partial) = await BatchedOrderAsync();

        full.PaymentStatus = PaymentStatus.Refunded;
        await Database.Repository<Order>().UpdateAsync(full, publishEvent: false);
        await _consumer.HandleEventAsync(new OrderRefundedEvent(full, full.OrderTotal));
        partial.PaymentStatus = PaymentStatus.PartiallyRefunded;
        await Database.Repository<Order>().UpdateAsync(partial, publishEvent: false);
        await _consumer.HandleEventAsync(new OrderRefundedEvent(partial, 1m));

        Assert.That(((await RowAsync(fullBatch)).Status, (await RowAsync(fullBatch)).ProblemResourceKey), Is.EqualTo((PackingOrderStatus.Problem, Keys.Ship.OrderRefunded)));
        Assert.That((await RowAsync(partialBatch)).Status, Is.EqualTo(PackingOrderStatus.Pending));
    }

    [Test]
    public async Task A_deleted_order_is_flagged_and_keeps_the_note_already_recorded()
    {
        var (batch, order) = await BatchedOrderAsync();
        await App.Workflow.FlagProblemAsync(batch.Orders.Single().BatchOrderId, "Box damaged");

        await Database.Repository<Order>().DeleteAsync(order);

        var row = await RowAsync(batch);
        Assert.That((row.Status, row.ProblemResourceKey, row.Note), Is.EqualTo((PackingOrderStatus.Problem, Keys.Ship.OrderDeleted, "Box damaged")));
        Assert.That(Database.EventPublisher.ConsumerErrors, Is.Empty);
    }

    [Test]
    public async Task Orders_no_longer_held_or_being_shipped_are_left_alone()
    {
        var (shippedBatch, shipped) = await BatchedOrderAsync();
        await Store.PackAsync(shippedBatch, shippedBatch.Orders.Single().BatchOrderId);
        Assert.That((await App.Shipping.ShipAsync(shippedBatch.Orders.Single().BatchOrderId, new ShipRequest())).Succeeded, Is.True);
        var (skippedBatch, skipped) = await BatchedOrderAsync();
        await App.Workflow.SkipOrderAsync(skippedBatch.Orders.Single().BatchOrderId, PackingSkipReason.CustomerRequest, null);
        var (shippingBatch, shipping) = await BatchedOrderAsync();
        var inFlight = await RowAsync(shippingBatch);
        await Store.PackAsync(shippingBatch, inFlight.Id);
        inFlight = await RowAsync(shippingBatch);
        inFlight.BeginShipAttempt(Store.Clock.UtcNow, PackingLimits.ShipAttemptLease);
        await Database.Repository<PackingBatchOrder>().UpdateAsync(inFlight);

        foreach (var order in new[] { await Store.ReloadAsync(shipped), skipped, shipping })
        {
            order.OrderStatus = OrderStatus.Cancelled;
            await Database.Repository<Order>().UpdateAsync(order);
        }

        Assert.That((await RowAsync(shippedBatch)).Status, Is.EqualTo(PackingOrderStatus.Shipped));
        Assert.That(((await RowAsync(skippedBatch)).Status, (await RowAsync(skippedBatch)).ProblemResourceKey), Is.EqualTo((PackingOrderStatus.Skipped, (string)null)));
        Assert.That((await RowAsync(shippingBatch)).Status, Is.EqualTo(PackingOrderStatus.Shipping), "the ship attempt checks the order itself");
    }

    [TestCase(OrderStatus.Processing, PaymentStatus.Paid, false, ExpectedResult = null)]
    [TestCase(OrderStatus.Cancelled, PaymentStatus.Paid, false, ExpectedResult = Keys.Ship.OrderCancelled)]
    [TestCase(OrderStatus.Processing, PaymentStatus.Voided, false, ExpectedResult = Keys.Ship.OrderRefunded)]
    [TestCase(OrderStatus.Processing, PaymentStatus.PartiallyRefunded, false, ExpectedResult = null)]
    [TestCase(OrderStatus.Cancelled, PaymentStatus.Refunded, true, ExpectedResult = Keys.Ship.OrderDeleted)]
    public string The_reason_is_read_from_the_order(OrderStatus status, PaymentStatus payment, bool deleted) =>
        OrderLeftPackingConsumer.ReasonOf(new Order { OrderStatus = status, PaymentStatus = payment, Deleted = deleted });
}
