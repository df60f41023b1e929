using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Shipping;
using Nop.Core.Events;
using Nop.Data;
using Nop.Services.Orders;
using Nop.Services.Shipping;

namespace Nop.Plugin.Misc.MerchantOps.Tests.NopFakes;

/// <summary>
/// IOrderProcessingService.ShipAsync doing what nopCommerce's does to the database: the shipment's shipped date,
/// reserved stock booked out of the shipment's warehouses, the order's shipping status, an order note, the
/// customer notification (recorded here) and ShipmentSentEvent.
/// </summary>
public class RepositoryOrderProcessingService : IOrderProcessingService
{
    private readonly IEventPublisher _eventPublisher;
    private readonly ShipFailures _failures;
    private readonly IRepository<OrderItem> _orderItems;
    private readonly IRepository<OrderNote> _orderNotes;
    private readonly IOrderService _orderService;
    private readonly IRepository<Product> _products;
    private readonly IShipmentService _shipmentService;
    private readonly IRepository<Shipment> _shipments;
    private readonly IRepository<ProductWarehouseInventory> _warehouseInventory;

    public RepositoryOrderProcessingService(IOrderService orderService, IShipmentService shipmentService, IRepository<Shipment> shipments,
        IRepository<OrderItem> orderItems, IRepository<OrderNote> orderNotes, IRepository<Product> products,
        IRepository<ProductWarehouseInventory> warehouseInventory, IEventPublisher eventPublisher, ShipFailures failures = null)
    {
        _orderService = orderService;
        _shipmentService = shipmentService;
        _shipments = shipments;
        _orderItems = orderItems;
        _orderNotes = orderNotes;
        _products = products;
        _warehouseInventory = warehouseInventory;
        _eventPublisher = eventPublisher;
        _failures = failures ?? new ShipFailures();
    }

    /// <summary>Shipments the customer was told about ("ShipmentSent" emails queued).</summary>
    public List<int> CustomerNotifications { get; } = [];

    public async Task ShipAsync(Shipment shipment, bool notifyCustomer)
    {
        var order = await _orderService.GetOrderByIdAsync(shipment.OrderId) ?? throw new Exception("Order cannot be loaded");
        if (order.PickupInStore)
            throw new Exception("The order is picked up in store");
        if (shipment.ShippedDateUtc.HasValue)
            throw new Exception("This shipment is already shipped");

        shipment.ShippedDateUtc = DateTime.UtcNow;
        await _shipments.UpdateAsync(shipment);
        _failures.At(ShipFailurePoint.InShipAfterShipmentMarked);

        await BookReservedInventoryAsync(shipment);

        order.ShippingStatus = await _orderService.HasItemsToAddToShipmentAsync(order) || await _orderService.HasItemsToShipAsync(order)
            ? ShippingStatus.PartiallyShipped
            : ShippingStatus.Shipped;
        await _orderService.UpdateOrderAsync(order);

        await _orderNotes.InsertAsync(new OrderNote { OrderId = order.Id, Note = $"Shipment# {shipment.Id} has been sent", CreatedOnUtc = DateTime.UtcNow });
        if (notifyCustomer)
            CustomerNotifications.Add(shipment.Id);

        await _eventPublisher.PublishAsync(new ShipmentSentEvent(shipment));
        _failures.At(ShipFailurePoint.AfterShip);
    }

    private async Task BookReservedInventoryAsync(Shipment shipment)
    {
        foreach (var shipmentItem in await _shipmentService.GetShipmentItemsByShipmentIdAsync(shipment.Id))
        {
            var orderItem = await _orderItems.GetByIdAsync(shipmentItem.OrderItemId);
            var product = await _products.GetByIdAsync(orderItem.ProductId);
            if (product.ManageInventoryMethod != ManageInventoryMethod.ManageStock || !product.UseMultipleWarehouses)
                continue;

            var inventory = await _warehouseInventory.Table
                .FirstOrDefaultAsync(w => w.ProductId == product.Id && w.WarehouseId == shipmentItem.WarehouseId);
            if (inventory is null)
                continue;

            inventory.StockQuantity -= shipmentItem.Quantity;
            inventory.ReservedQuantity = Math.Max(0, inventory.ReservedQuantity - shipmentItem.Quantity);
            await _warehouseInventory.UpdateAsync(inventory);
        }
    }
}
