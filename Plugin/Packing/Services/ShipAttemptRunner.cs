using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Messages;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Core.Domain.Shipping;
using Nop.Core.Events;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Infrastructure.Text;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;
using Nop.Services.Catalog;
using Nop.Services.Customers;
using Nop.Services.Localization;
using Nop.Services.Messages;
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
    private readonly IRepository<Address> _addresses;
    private readonly IRepository<PackingBatchItem> _batchItems;
    private readonly ICustomerService _customerService;
    private readonly IEventPublisher _eventPublisher;
    private readonly ILocalizationService _localizationService;
    private readonly IOrderProcessingService _orderProcessingService;
    private readonly IOrderService _orderService;
    private readonly IRepository<PackingEvent> _packingEvents;
    private readonly IProductService _productService;
    private readonly IRepository<Product> _products;
    private readonly IRepository<QueuedEmail> _queuedEmails;
    private readonly IShipmentService _shipmentService;
    private readonly TimeProvider _timeProvider;
    private readonly IWorkflowMessageService _workflowMessageService;

    public ShipAttemptRunner(IRepository<Address> addresses,
        IRepository<PackingBatchItem> batchItems,
        ICustomerService customerService,
        IEventPublisher eventPublisher,
        ILocalizationService localizationService,
        IOrderProcessingService orderProcessingService,
        IOrderService orderService,
        IRepository<PackingEvent> packingEvents,
        IProductService productService,
        IRepository<Product> products,
        IRepository<QueuedEmail> queuedEmails,
        IShipmentService shipmentService,
        TimeProvider timeProvider,
        IWorkflowMessageService workflowMessageService)
    {
        _addresses = addresses;
        _batchItems = batchItems;
        _customerService = customerService;
        _eventPublisher = eventPublisher;
        _localizationService = localizationService;
        _orderProcessingService = orderProcessingService;
        _orderService = orderService;
        _packingEvents = packingEvents;
        _productService = productService;
        _products = products;
        _queuedEmails = queuedEmails;
        _shipmentService = shipmentService;
        _timeProvider = timeProvider;
        _workflowMessageService = workflowMessageService;
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

        await FinishInterruptedShipAsync(shipment);
    }

    /// <summary>
    /// An earlier attempt's ShipAsync failed after marking the shipment shipped (ShipAsync now refuses it). Its steps,
    /// in nopCommerce 4.90.3's order, are: (1) shipped date, (2) each item's reserved stock booked with a stock
    /// history line, (3) shipping status, (4) the "sent" note, (5) the "Shipped" email(s), (6) a note listing them,
    /// (7) ShipmentSentEvent, (8) CheckOrderStatusAsync, which may complete the order (status saved, then
    /// OrderStatusChangedEvent, its note, the "Order completed" emails). None of it is one transaction, so the attempt
    /// may have stopped between any two. Each step is found by the trace it leaves and only the missing ones are done,
    /// in the same order, through the same nopCommerce services, so the order ends as if shipped in one go:
    /// (2) a history line of the product and warehouse, with nopCommerce's own message for this order, from the
    /// shipped date on, per item (the booking of several items may have stopped half way);
    /// (3) recomputed, as ShipAsync does; (4) and (6) by their text; (5) an email to the billing address queued from
    /// the "sent" note on that no note lists yet (the window between the email and its note);
    /// (7) the audit line <see cref="ShipmentSentConsumer"/> writes while nopCommerce publishes the event;
    /// (8) an order saved Complete without its status note stopped right after the save: its status is put back and
    /// CheckOrderStatusAsync runs again, so nopCommerce itself publishes the event, writes the note and the emails
    /// (and awards reward points). Otherwise CheckOrderStatusAsync is called: it does nothing to a Complete order.
    /// Not recoverable exactly: a stop inside nopCommerce's BookReservedInventoryAsync between its stock update and
    /// its history line (the item is booked again), and a stop after OrderStatusChangedEvent but before its note
    /// (the event is published twice).
    /// </summary>
    private async Task FinishInterruptedShipAsync(Shipment shipment)
    {
        var nopOrder = await _orderService.GetOrderByIdAsync(shipment.OrderId);

        await BookStockNotYetBookedAsync(shipment);

        var status = await _orderService.HasItemsToAddToShipmentAsync(nopOrder) || await _orderService.HasItemsToShipAsync(nopOrder)
            ? ShippingStatus.PartiallyShipped
            : ShippingStatus.Shipped;
        if (nopOrder.ShippingStatus != status && nopOrder.ShippingStatus != ShippingStatus.Delivered)
        {
            nopOrder.ShippingStatus = status;
            await _orderService.UpdateOrderAsync(nopOrder);
        }

        var notes = await _orderService.GetOrderNotesByOrderIdAsync(nopOrder.Id);
        var sentNote = notes.FirstOrDefault(note => note.Note == NopOrderNotes.ShipmentSent(shipment.Id));
        if (sentNote is null)
        {
            sentNote = NewNote(nopOrder, NopOrderNotes.ShipmentSent(shipment.Id));
            await _orderService.InsertOrderNoteAsync(sentNote);
            notes = await _orderService.GetOrderNotesByOrderIdAsync(nopOrder.Id);
        }

        // The notes ShipAsync wrote after the "sent" note, up to the next shipment's.
        var followingNotes = notes.Where(note => note.Id > sentNote.Id)
            .TakeWhile(note => !NopOrderNotes.IsShipmentSent(note.Note))
            .ToList();
        if (!followingNotes.Any(note => NopOrderNotes.IsShippedEmailQueued(note.Note)))
        {
            var queued = await QueuedButNotNotedAsync(nopOrder, sentNote, notes);
            if (queued.Count == 0)
                queued = await _workflowMessageService.SendShipmentSentCustomerNotificationAsync(shipment, nopOrder.CustomerLanguageId);
            if (queued.Any())
                await _orderService.InsertOrderNoteAsync(NewNote(nopOrder, NopOrderNotes.ShippedEmailQueued(queued)));
        }

        var sentMarker = ShipmentSentConsumer.ShipmentNote(shipment.Id);
        if (!await _packingEvents.Table.AnyAsync(e => e.OrderId == nopOrder.Id && e.TypeId == (int)PackingEventType.ShipmentSent && e.Note == sentMarker))
            await _eventPublisher.PublishAsync(new ShipmentSentEvent(shipment));

        nopOrder = await _orderService.GetOrderByIdAsync(nopOrder.Id);
        if (nopOrder.OrderStatus == OrderStatus.Complete)
        {
            var statusNote = NopOrderNotes.StatusChanged(await _localizationService.GetLocalizedEnumAsync(OrderStatus.Complete));
            var completedAfterShipping = (await _orderService.GetOrderNotesByOrderIdAsync(nopOrder.Id))
                .Any(note => note.Id > sentNote.Id && note.Note == statusNote);
            if (!completedAfterShipping)
            {
                // Saved Complete by the interrupted call, nothing after: let nopCommerce make the change again, whole.
                nopOrder.OrderStatus = OrderStatus.Processing;
                await _orderService.UpdateOrderAsync(nopOrder);
            }
        }

        await _orderProcessingService.CheckOrderStatusAsync(nopOrder);
    }

    /// <summary>Books, as ShipAsync does, each shipment item whose booking left no stock history line.</summary>
    private async Task BookStockNotYetBookedAsync(Shipment shipment)
    {
        var message = string.Format(await _localizationService.GetResourceAsync(NopOrderNotes.StockShippedResourceKey), shipment.OrderId);
        var historyByStock = new Dictionary<(int ProductId, int WarehouseId), List<StockQuantityHistory>>();
        foreach (var item in await _shipmentService.GetShipmentItemsByShipmentIdAsync(shipment.Id) ?? [])
        {
            var orderItem = await _orderService.GetOrderItemByIdAsync(item.OrderItemId);
            var product = orderItem is null ? null : await _products.GetByIdAsync(orderItem.ProductId);
            if (product is null)
                continue;

            // nopCommerce books (and writes history for) multi-warehouse stock only; the others were taken at checkout.
            if (product.ManageInventoryMethod != ManageInventoryMethod.ManageStock || !product.UseMultipleWarehouses)
                continue;

            if (!historyByStock.TryGetValue((product.Id, item.WarehouseId), out var history))
            {
                history = (await _productService.GetStockQuantityHistoryAsync(product, item.WarehouseId))
                    .Where(line => line.Message == message && line.CreatedOnUtc >= shipment.ShippedDateUtc)
                    .ToList();
                historyByStock[(product.Id, item.WarehouseId)] = history;
            }

            var booked = history.FirstOrDefault(line => line.QuantityAdjustment == -item.Quantity);
            if (booked is not null)
            {
                history.Remove(booked);
                continue;
            }

            await _productService.BookReservedInventoryAsync(product, item.WarehouseId, -item.Quantity, message);
        }
    }

    /// <summary>The "Shipped" emails queued after the "sent" note that no note of the order lists yet.</summary>
    private async Task<IList<int>> QueuedButNotNotedAsync(Order nopOrder, OrderNote sentNote, IList<OrderNote> notes)
    {
        var billing = await _addresses.GetByIdAsync(nopOrder.BillingAddressId);
        if (string.IsNullOrEmpty(billing?.Email))
            return [];

        var to = billing.Email;
        var since = sentNote.CreatedOnUtc;
        var candidates = await _queuedEmails.Table
            .Where(email => email.To == to && email.CreatedOnUtc >= since)
            .OrderBy(email => email.Id)
            .Select(email => email.Id)
            .ToListAsync();
        var listed = notes.Where(note => note.Id > sentNote.Id).SelectMany(note => NopOrderNotes.ListedEmailIds(note.Note)).ToHashSet();
        return candidates.Where(id => !listed.Contains(id)).ToList();
    }

    private OrderNote NewNote(Order nopOrder, string text) => new()
    {
        OrderId = nopOrder.Id,
        Note = text,
        DisplayToCustomer = false,
        CreatedOnUtc = _timeProvider.GetUtcNow().UtcDateTime
    };

    private async Task AddNoteOnceAsync(PackingBatch batch, PackingBatchOrder order, Shipment shipment)
    {
        var packerName = await CustomerDisplayName.GetAsync(_customerService, order.PackedByCustomerId);

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
