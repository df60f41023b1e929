using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Core.Domain.Shipping;
using Nop.Core.Events;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;
using Nop.Services.Customers;
using Nop.Services.Orders;
using Nop.Services.Shipping;
using Keys = Nop.Plugin.Misc.MerchantOps.Packing.Domain.PackingResourceKeys.Ship;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Services;

/// <summary>
/// nopCommerce's shipping steps, as its admin "add shipment" runs them, made resumable: each step is recorded on the
/// batch order once done, the shipment id as soon as it exists, and the shipment carries the attempt id in its
/// admin comment, so a retry finds what an interrupted attempt left instead of creating it again.
/// </summary>
public class ShipAttemptRunner
{
    private readonly IRepository<PackingBatchItem> _batchItems;
    private readonly ICustomerService _customerService;
    private readonly IEventPublisher _eventPublisher;
    private readonly IOrderProcessingService _orderProcessingService;
    private readonly IOrderService _orderService;
    private readonly IShipmentService _shipmentService;
    private readonly TimeProvider _timeProvider;

    public ShipAttemptRunner(IRepository<PackingBatchItem> batchItems,
        ICustomerService customerService,
        IEventPublisher eventPublisher,
        IOrderProcessingService orderProcessingService,
        IOrderService orderService,
        IShipmentService shipmentService,
        TimeProvider timeProvider)
    {
        _batchItems = batchItems;
        _customerService = customerService;
        _eventPublisher = eventPublisher;
        _orderProcessingService = orderProcessingService;
        _orderService = orderService;
        _shipmentService = shipmentService;
        _timeProvider = timeProvider;
    }

    /// <param name="save">Records the batch order's progress; throws when another attempt took the order over.</param>
    public virtual async Task RunAsync(PackingBatch batch, PackingBatchOrder order, Func<Task> save)
    {
        var nopOrder = await _orderService.GetOrderByIdAsync(order.OrderId);
        if (order.ShipStep < ShipStep.Shipped)
            EnsureStillShippable(nopOrder);

        var shipment = await FindOrCreateShipmentAsync(order, save);
        if (order.ShipStep < ShipStep.ItemsAdded)
        {
            await AddMissingItemsAsync(order, shipment);
            order.Reach(ShipStep.ItemsAdded);
            await save();
        }

        if (order.ShipStep < ShipStep.EventsPublished)
        {
            // nopCommerce's admin publishes these itself; IShipmentService does not.
            await _eventPublisher.PublishAsync(new ShipmentCreatedEvent(shipment));
            if (!string.IsNullOrWhiteSpace(shipment.TrackingNumber))
                await _eventPublisher.PublishAsync(new ShipmentTrackingNumberSetEvent(shipment));
            order.Reach(ShipStep.EventsPublished);
            await save();
        }

        if (order.ShipStep < ShipStep.Shipped)
        {
            await ShipOrReconcileAsync(shipment);
            order.Reach(ShipStep.Shipped);
            await save();
        }

        if (order.ShipStep < ShipStep.NoteAdded)
        {
            await AddNoteOnceAsync(batch, order, shipment);
            order.Reach(ShipStep.NoteAdded);
            await save();
        }
    }

    /// <summary>Text of the shipment's admin comment; identifies the attempt when a retry reconciles.</summary>
    public static string Marker(PackingBatchOrder order) => $"Merchant Ops packing batch #{order.BatchId}, attempt {order.ShipAttemptGuid:N}";

    private static void EnsureStillShippable(Order nopOrder)
    {
        if (nopOrder is null || nopOrder.Deleted)
            throw new PackingRuleException(Keys.OrderDeleted);
        if (nopOrder.OrderStatus == OrderStatus.Cancelled)
            throw new PackingRuleException(Keys.OrderCancelled);
        if (nopOrder.PaymentStatus is PaymentStatus.Refunded or PaymentStatus.Voided)
            throw new PackingRuleException(Keys.OrderRefunded);
        if (nopOrder.PickupInStore)
            throw new PackingRuleException(Keys.PickupInStore);
    }

    private async Task<Shipment> FindOrCreateShipmentAsync(PackingBatchOrder order, Func<Task> save)
    {
        var shipment = order.ShipmentId is { } id ? await _shipmentService.GetShipmentByIdAsync(id) : null;

        // The attempt stopped between nopCommerce's insert and our record of the id: adopt what it inserted.
        var marker = Marker(order);
        shipment ??= (await _shipmentService.GetShipmentsByOrderIdAsync(order.OrderId))
            .FirstOrDefault(candidate => candidate.AdminComment?.Contains(marker, StringComparison.Ordinal) == true);

        if (shipment is null)
        {
            // An admin may have deleted an earlier shipment of this attempt: start over from the first step.
            order.ShipStep = ShipStep.None;
            shipment = await CreateShipmentAsync(order, marker);
        }

        if (order.ShipmentId != shipment.Id)
        {
            order.RecordShipment(shipment.Id);
            await save();
        }

        return shipment;
    }

    private async Task<Shipment> CreateShipmentAsync(PackingBatchOrder order, string marker)
    {
        var plan = await PlanMissingItemsAsync(order, new HashSet<int>());
        if (plan.Count == 0)
            throw new PackingRuleException(Keys.NothingLeftToShip);

        // As the admin does: the weight of the items unless the packer weighed the parcel.
        var itemsWeight = plan.Where(p => p.OrderItem.ItemWeight.HasValue).Sum(p => p.OrderItem.ItemWeight.Value * p.Quantity);
        var shipment = new Shipment
        {
            OrderId = order.OrderId,
            TrackingNumber = string.IsNullOrWhiteSpace(order.TrackingNumber) ? null : order.TrackingNumber,
            TotalWeight = order.TotalWeight ?? (plan.Any(p => p.OrderItem.ItemWeight.HasValue) ? itemsWeight : null),
            AdminComment = marker,
            CreatedOnUtc = _timeProvider.GetUtcNow().UtcDateTime
        };
        await _shipmentService.InsertShipmentAsync(shipment);
        return shipment;
    }

    private async Task AddMissingItemsAsync(PackingBatchOrder order, Shipment shipment)
    {
        var existing = await _shipmentService.GetShipmentItemsByShipmentIdAsync(shipment.Id) ?? [];
        foreach (var (item, _, quantity) in await PlanMissingItemsAsync(order, existing.Select(e => e.OrderItemId).ToHashSet()))
            await _shipmentService.InsertShipmentItemAsync(new ShipmentItem
            {
                ShipmentId = shipment.Id,
                OrderItemId = item.OrderItemId,
                Quantity = quantity,
                WarehouseId = item.WarehouseId
            });

        if (existing.Count == 0 && (await _shipmentService.GetShipmentItemsByShipmentIdAsync(shipment.Id) ?? []).Count == 0)
            throw new PackingRuleException(Keys.NothingLeftToShip);
    }

    /// <summary>
    /// The batch's items not yet in this shipment, each with what nopCommerce still lets a shipment take (shipments
    /// made elsewhere meanwhile, e.g. from the admin order page, lower it).
    /// </summary>
    private async Task<List<(PackingBatchItem Item, OrderItem OrderItem, int Quantity)>> PlanMissingItemsAsync(PackingBatchOrder order, ISet<int> alreadyInShipment)
    {
        var plan = new List<(PackingBatchItem, OrderItem, int)>();
        foreach (var item in await _batchItems.Table.Where(i => i.BatchOrderId == order.Id).OrderBy(i => i.Id).ToListAsync())
        {
            var orderItem = alreadyInShipment.Contains(item.OrderItemId) ? null : await _orderService.GetOrderItemByIdAsync(item.OrderItemId);
            if (orderItem is null)
                continue;

            var quantity = Math.Min(item.Quantity, await _orderService.GetTotalNumberOfItemsCanBeAddedToShipmentAsync(orderItem));
            if (quantity > 0)
                plan.Add((item, orderItem, quantity));
        }

        return plan;
    }

    private async Task ShipOrReconcileAsync(Shipment shipment)
    {
        if (!shipment.ShippedDateUtc.HasValue)
        {
            await _orderProcessingService.ShipAsync(shipment, notifyCustomer: true);
            return;
        }

        // An earlier attempt's ShipAsync failed after marking the shipment shipped: finish what it would have done
        // to the order (ShipAsync refuses a shipped shipment).
        var nopOrder = await _orderService.GetOrderByIdAsync(shipment.OrderId);
        var status = await _orderService.HasItemsToAddToShipmentAsync(nopOrder) || await _orderService.HasItemsToShipAsync(nopOrder)
            ? ShippingStatus.PartiallyShipped
            : ShippingStatus.Shipped;
        if (nopOrder.ShippingStatus != status && nopOrder.ShippingStatus != ShippingStatus.Delivered)
        {
            nopOrder.ShippingStatus = status;
            await _orderService.UpdateOrderAsync(nopOrder);
        }
    }

    private async Task AddNoteOnceAsync(PackingBatch batch, PackingBatchOrder order, Shipment shipment)
    {
        var packer = await _customerService.GetCustomerByIdAsync(order.PackedByCustomerId);
        var packerName = packer is null ? $"#{order.PackedByCustomerId}" : await _customerService.GetCustomerFullNameAsync(packer);
        if (string.IsNullOrWhiteSpace(packerName))
            packerName = packer?.Email ?? $"#{order.PackedByCustomerId}";

        // Order notes are written in English, as nopCommerce writes its own.
        var batchLabel = string.IsNullOrEmpty(batch.Name) ? $"#{batch.Id}" : $"#{batch.Id} ({batch.Name})";
        var text = $"Packed by {packerName} in batch {batchLabel}; shipment #{shipment.Id} (Merchant Ops).";
        var notes = await _orderService.GetOrderNotesByOrderIdAsync(order.OrderId);
        if (notes.Any(note => note.Note == text))
            return;

        await _orderService.InsertOrderNoteAsync(new OrderNote
        {
            OrderId = order.OrderId,
            Note = text,
            DisplayToCustomer = false,
            CreatedOnUtc = _timeProvider.GetUtcNow().UtcDateTime
        });
    }
}
