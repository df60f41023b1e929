using Nop.Core;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Core.Events;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Packing.Data;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;
using Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;
using Nop.Services.Events;
using Keys = Nop.Plugin.Misc.MerchantOps.Packing.Domain.PackingResourceKeys;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Services;

/// <summary>
/// An order cancelled, fully refunded (or voided) or deleted while a batch holds it is flagged as a problem at once,
/// with the reason, so the packer sees it before packing or shipping it (shipping checks again anyway).
/// nopCommerce 4.90 publishes OrderStatusChangedEvent when an order is cancelled (there is no OrderCancelledEvent),
/// OrderRefundedEvent after refunds, OrderVoidedEvent after voids and EntityDeletedEvent&lt;Order&gt; when an order is
/// (soft-)deleted; EntityUpdatedEvent&lt;Order&gt; catches changes made by other code through the repository.
/// An order whose shipment is under way (Shipping) is left to the ship attempt's own check.
/// </summary>
public class OrderLeftPackingConsumer :
    IConsumer<OrderStatusChangedEvent>,
    IConsumer<OrderRefundedEvent>,
    IConsumer<EntityDeletedEvent<Order>>,
    IConsumer<EntityUpdatedEvent<Order>>
{
    private readonly PackingAudit _audit;
    private readonly IRepository<PackingBatchOrder> _batchOrders;
    private readonly IWorkContext _workContext;

    public OrderLeftPackingConsumer(PackingAudit audit, IRepository<PackingBatchOrder> batchOrders, IWorkContext workContext)
    {
        _audit = audit;
        _batchOrders = batchOrders;
        _workContext = workContext;
    }

    public Task HandleEventAsync(OrderStatusChangedEvent eventMessage) => FlagAsync(eventMessage.Order);

    public Task HandleEventAsync(OrderRefundedEvent eventMessage) => FlagAsync(eventMessage.Order);

    public Task HandleEventAsync(EntityDeletedEvent<Order> eventMessage) => FlagAsync(eventMessage.Entity);

    public Task HandleEventAsync(EntityUpdatedEvent<Order> eventMessage) => FlagAsync(eventMessage.Entity);

    /// <summary>Why the order must not be shipped any more; null while it may.</summary>
    public static string ReasonOf(Order order) =>
        order is null ? null
        : order.Deleted ? Keys.Ship.OrderDeleted
        : order.OrderStatusId == (int)OrderStatus.Cancelled ? Keys.Ship.OrderCancelled
        : order.PaymentStatusId is (int)PaymentStatus.Refunded or (int)PaymentStatus.Voided ? Keys.Ship.OrderRefunded
        : null;

    private async Task FlagAsync(Order order)
    {
        if (ReasonOf(order) is not { } reason)
            return;

        var orderId = order.Id;
        var held = await _batchOrders.Table.Where(row => row.ActiveOrderId == orderId).ToListAsync();
        foreach (var row in held)
            await FlagRowAsync(row, reason);
    }

    /// <summary>Another request may change the row meanwhile (a scan, a ship attempt): read it again once.</summary>
    private async Task FlagRowAsync(PackingBatchOrder row, string reason)
    {
        for (var attempt = 0; attempt < 2 && row is not null; attempt++)
        {
            if (row.Status is not (PackingOrderStatus.Pending or PackingOrderStatus.Packed or PackingOrderStatus.Problem)
                || (row.Status == PackingOrderStatus.Problem && row.ProblemResourceKey == reason))
                return;

            row.FlagProblem(reason, row.Note);
            if (await _batchOrders.SaveIfUnchangedAsync(row))
            {
                await _audit.RecordAsync(await PackingActor.CurrentAsync(_workContext), PackingEventType.ProblemFlagged, row.BatchId, row, reason);
                return;
            }

            row = await _batchOrders.GetByIdAsync(row.Id);
        }
    }
}
