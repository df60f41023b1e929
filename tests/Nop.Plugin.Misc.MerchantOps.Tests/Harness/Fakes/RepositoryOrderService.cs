using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Services.Orders;
using Nop.Services.Shipping;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;

/// <summary>IOrderService over real rows, counting shipped quantities as nopCommerce's OrderService does.</summary>
public class RepositoryOrderService : IOrderService
{
    private readonly InjectedFaults _faults;
    private readonly IRepository<OrderItem> _orderItems;
    private readonly IRepository<OrderNote> _orderNotes;
    private readonly IRepository<Order> _orders;
    private readonly IRepository<Product> _products;
    private readonly IShipmentService _shipmentService;

    public RepositoryOrderService(IRepository<Order> orders, IRepository<OrderItem> orderItems, IRepository<OrderNote> orderNotes,
        IRepository<Product> products, IShipmentService shipmentService, InjectedFaults faults = null)
    {
        _orders = orders;
        _orderItems = orderItems;
        _orderNotes = orderNotes;
        _products = products;
        _shipmentService = shipmentService;
        _faults = faults ?? new InjectedFaults();
    }

    public Task<Order> GetOrderByIdAsync(int orderId) => _orders.GetByIdAsync(orderId);

    public Task UpdateOrderAsync(Order order) => _orders.UpdateAsync(order);

    public async Task<bool> HasItemsToAddToShipmentAsync(Order order)
    {
        foreach (var item in await ShippableItemsAsync(order.Id))
            if (await GetTotalNumberOfItemsCanBeAddedToShipmentAsync(item) > 0)
                return true;

        return false;
    }

    /// <summary>Items in shipments not shipped yet.</summary>
    public async Task<bool> HasItemsToShipAsync(Order order)
    {
        if (order.PickupInStore)
            return false;

        var itemIds = (await ShippableItemsAsync(order.Id)).Select(item => item.Id).ToList();
        foreach (var shipment in await _shipmentService.GetShipmentsByOrderIdAsync(order.Id, shipped: false))
            if ((await _shipmentService.GetShipmentItemsByShipmentIdAsync(shipment.Id)).Any(si => si.Quantity > 0 && itemIds.Contains(si.OrderItemId)))
                return true;

        return false;
    }

    public Task<OrderItem> GetOrderItemByIdAsync(int orderItemId) => _orderItems.GetByIdAsync(orderItemId);

    public async Task<int> GetTotalNumberOfItemsCanBeAddedToShipmentAsync(OrderItem orderItem)
    {
        var inShipments = 0;
        foreach (var shipment in await _shipmentService.GetShipmentsByOrderIdAsync(orderItem.OrderId))
            inShipments += (await _shipmentService.GetShipmentItemsByShipmentIdAsync(shipment.Id))
                .Where(si => si.OrderItemId == orderItem.Id).Sum(si => si.Quantity);

        return Math.Max(0, orderItem.Quantity - inShipments);
    }

    public async Task<IList<OrderNote>> GetOrderNotesByOrderIdAsync(int orderId, bool? displayToCustomer = null) =>
        await _orderNotes.Table
            .Where(note => note.OrderId == orderId && (displayToCustomer == null || note.DisplayToCustomer == displayToCustomer))
            .OrderBy(note => note.Id)
            .ToListAsync();

    public async Task InsertOrderNoteAsync(OrderNote orderNote)
    {
        _faults.At(FaultPoint.BeforeNoteInsert);
        await _orderNotes.InsertAsync(orderNote);
        _faults.At(FaultPoint.AfterNoteInsert);
    }

    private async Task<List<OrderItem>> ShippableItemsAsync(int orderId) =>
        await (from item in _orderItems.Table
            join product in _products.Table on item.ProductId equals product.Id
            where item.OrderId == orderId && product.IsShipEnabled
            select item).ToListAsync();
}
