using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Core.Domain.Shipping;
using Nop.Core.Events;
using Nop.Data;
using Nop.Services.Catalog;
using Nop.Services.Localization;
using Nop.Services.Orders;
using Nop.Services.Shipping;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;

/// <summary>
/// IOrderProcessingService.ShipAsync and CheckOrderStatusAsync doing, step by step and in the same order, what
/// nopCommerce 4.90.3's OrderProcessingService does to the database, the events and the queued emails
/// (read from its source, written here in our own words):
/// ShipAsync: refuse a pickup-in-store order or a shipped shipment; set and save the shipped date; book each
/// shipment item's reserved stock (IProductService.BookReservedInventoryAsync, message from the resource
/// "Admin.StockQuantityHistory.Messages.Ship" with the order id); save the shipping status (PartiallyShipped while
/// items are left to add to a shipment or to ship, else Shipped); the "sent" note; when asked, the "Shipped" email(s)
/// and a note listing them; ShipmentSentEvent; CheckOrderStatusAsync.
/// CheckOrderStatusAsync: a paid order gets its paid date if missing; it is complete when paid and shipping is not
/// required, or shipped (delivered when <see cref="CompleteOrderWhenDelivered"/>); Pending moves to Processing when
/// authorized/paid or shipped; Cancelled and Complete stay; a completed order goes through SetOrderStatusAsync:
/// status saved, OrderStatusChangedEvent, the status note, the "Order completed" email(s) to the customer and a note
/// listing them, the store owner's email.
/// Leaves out: the "Order processing"/"Order cancelled" emails of other transitions, PDF invoice attachments,
/// reward points and gift card activation on completion, vendors' emails, the caches. Failures are injected at the
/// <see cref="FaultPoint"/> places named In...; the notes and emails also fail where their services do.
/// </summary>
public class RepositoryOrderProcessingService : IOrderProcessingService
{
    /// <summary>The resource key nopCommerce formats with the order id for the stock history of a shipment.</summary>
    public const string StockShippedResourceKey = "Admin.StockQuantityHistory.Messages.Ship";

    private readonly IEventPublisher _eventPublisher;
    private readonly InjectedFaults _faults;
    private readonly ILocalizationService _localizationService;
    private readonly RepositoryWorkflowMessageService _messages;
    private readonly IRepository<OrderItem> _orderItems;
    private readonly IOrderService _orderService;
    private readonly IProductService _productService;
    private readonly IRepository<Product> _products;
    private readonly IShipmentService _shipmentService;
    private readonly IRepository<Shipment> _shipments;

    public RepositoryOrderProcessingService(IOrderService orderService, IShipmentService shipmentService, IRepository<Shipment> shipments,
        IRepository<OrderItem> orderItems, IRepository<Product> products, IProductService productService, RepositoryWorkflowMessageService messages,
        ILocalizationService localizationService, IEventPublisher eventPublisher, InjectedFaults faults = null)
    {
        _orderService = orderService;
        _shipmentService = shipmentService;
        _shipments = shipments;
        _orderItems = orderItems;
        _products = products;
        _productService = productService;
        _messages = messages;
        _localizationService = localizationService;
        _eventPublisher = eventPublisher;
        _faults = faults ?? new InjectedFaults();
    }

    /// <summary>OrderSettings.CompleteOrderWhenDelivered (true in a new store: shipping alone does not complete an order).</summary>
    public bool CompleteOrderWhenDelivered { get; set; } = true;

    /// <summary>LocalizationSettings.DefaultAdminLanguageId (the store owner's emails).</summary>
    public int DefaultAdminLanguageId { get; set; }

    public async Task ShipAsync(Shipment shipment, bool notifyCustomer)
    {
        ArgumentNullException.ThrowIfNull(shipment);
        var order = await _orderService.GetOrderByIdAsync(shipment.OrderId) ?? throw new Exception("Order cannot be loaded");
        if (order.PickupInStore)
            throw new Exception("A pickup-in-store order's shipment cannot be shipped");
        if (shipment.ShippedDateUtc.HasValue)
            throw new Exception("This shipment is already shipped");

        shipment.ShippedDateUtc = DateTime.UtcNow;
        await _shipments.UpdateAsync(shipment);
        _faults.At(FaultPoint.InShipAfterShipmentMarked);

        var message = string.Format(await _localizationService.GetResourceAsync(StockShippedResourceKey), shipment.OrderId);
        foreach (var item in await _shipmentService.GetShipmentItemsByShipmentIdAsync(shipment.Id))
        {
            var orderItem = await _orderItems.GetByIdAsync(item.OrderItemId);
            var product = orderItem is null ? null : await _products.GetByIdAsync(orderItem.ProductId);
            if (product is null)
                continue;

            await _productService.BookReservedInventoryAsync(product, item.WarehouseId, -item.Quantity, message);
            _faults.At(FaultPoint.InShipAfterFirstItemBooked);
        }

        order.ShippingStatus = await _orderService.HasItemsToAddToShipmentAsync(order) || await _orderService.HasItemsToShipAsync(order)
            ? ShippingStatus.PartiallyShipped
            : ShippingStatus.Shipped;
        await _orderService.UpdateOrderAsync(order);
        _faults.At(FaultPoint.InShipAfterShippingStatusSaved);

        await AddNoteAsync(order, $"Shipment# {shipment.Id} has been sent");
        if (notifyCustomer)
        {
            var ids = await _messages.SendShipmentSentCustomerNotificationAsync(shipment, order.CustomerLanguageId);
            if (ids.Any())
                await AddNoteAsync(order, $"\"Shipped\" email (to customer) has been queued. Queued email identifiers: {string.Join(", ", ids)}.");
        }

        _faults.At(FaultPoint.InShipBeforeShipmentSentEvent);
        await _eventPublisher.PublishAsync(new ShipmentSentEvent(shipment));
        _faults.At(FaultPoint.InShipAfterShipmentSentEvent);

        await CheckOrderStatusAsync(order);
        _faults.At(FaultPoint.AfterShip);
    }

    public async Task CheckOrderStatusAsync(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);

        var completed = false;
        var saved = true;
        if (order.PaymentStatus == PaymentStatus.Paid)
        {
            if (!order.PaidDateUtc.HasValue)
            {
                order.PaidDateUtc = DateTime.UtcNow;
                saved = false;
            }

            completed = order.ShippingStatus == ShippingStatus.ShippingNotRequired
                || (CompleteOrderWhenDelivered
                    ? order.ShippingStatus == ShippingStatus.Delivered
                    : order.ShippingStatus is ShippingStatus.Shipped or ShippingStatus.Delivered);
        }

        switch (order.OrderStatus)
        {
            case OrderStatus.Pending:
                if (order.PaymentStatus is PaymentStatus.Authorized or PaymentStatus.Paid)
                {
                    await SetOrderStatusAsync(order, OrderStatus.Processing, !completed);
                    saved = true;
                }

                if (order.ShippingStatus is ShippingStatus.PartiallyShipped or ShippingStatus.Shipped or ShippingStatus.Delivered)
                {
                    await SetOrderStatusAsync(order, OrderStatus.Processing, !completed);
                    saved = true;
                }

                break;
            case OrderStatus.Cancelled:
            case OrderStatus.Complete:
                if (!saved)
                    await _orderService.UpdateOrderAsync(order);
                return;
        }

        if (completed)
        {
            await SetOrderStatusAsync(order, OrderStatus.Complete, true);
            saved = true;
        }

        if (!saved)
            await _orderService.UpdateOrderAsync(order);
    }

    private async Task SetOrderStatusAsync(Order order, OrderStatus status, bool notifyCustomer)
    {
        var previous = order.OrderStatus;
        if (previous == status)
            return;

        order.OrderStatus = status;
        await _orderService.UpdateOrderAsync(order);
        _faults.At(FaultPoint.InCompleteAfterOrderStatusSaved);

        await _eventPublisher.PublishAsync(new OrderStatusChangedEvent(order, previous));
        if (previous == order.OrderStatus)
            return;

        await AddNoteAsync(order, $"Order status has been changed to {await _localizationService.GetLocalizedEnumAsync(status)}");
        if (previous != OrderStatus.Complete && status == OrderStatus.Complete && notifyCustomer)
        {
            var ids = await _messages.SendOrderCompletedCustomerNotificationAsync(order, order.CustomerLanguageId);
            if (ids.Any())
                await AddNoteAsync(order, $"\"Order completed\" email (to customer) has been queued. Queued email identifiers: {string.Join(", ", ids)}.");

            await _messages.SendOrderCompletedStoreOwnerNotificationAsync(order, DefaultAdminLanguageId);
        }
    }

    private Task AddNoteAsync(Order order, string text) =>
        _orderService.InsertOrderNoteAsync(new OrderNote { OrderId = order.Id, Note = text, DisplayToCustomer = false, CreatedOnUtc = DateTime.UtcNow });
}
