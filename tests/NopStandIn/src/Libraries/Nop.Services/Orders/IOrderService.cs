using Nop.Core.Domain.Orders;

namespace Nop.Services.Orders;

// Real source: src/Libraries/Nop.Services/Orders/IOrderService.cs (subset: the members Merchant Ops calls)
public partial interface IOrderService
{
    Task<Order> GetOrderByIdAsync(int orderId);

    Task UpdateOrderAsync(Order order);

    Task<bool> HasItemsToAddToShipmentAsync(Order order);

    Task<bool> HasItemsToShipAsync(Order order);

    Task<OrderItem> GetOrderItemByIdAsync(int orderItemId);

    Task<int> GetTotalNumberOfItemsCanBeAddedToShipmentAsync(OrderItem orderItem);

    Task<IList<OrderNote>> GetOrderNotesByOrderIdAsync(int orderId, bool? displayToCustomer = null);

    Task InsertOrderNoteAsync(OrderNote orderNote);
}
