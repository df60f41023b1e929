namespace Nop.Core.Domain.Orders;

// Real source: src/Libraries/Nop.Core/Domain/Orders/OrderStatusChangedEvent.cs
// Published by OrderProcessingService.SetOrderStatusAsync (cancelling an order goes through it).
public partial class OrderStatusChangedEvent
{
    public OrderStatusChangedEvent(Order order, OrderStatus previousOrderStatus)
    {
        Order = order;
        PreviousOrderStatus = previousOrderStatus;
    }

    public Order Order { get; }

    public OrderStatus PreviousOrderStatus { get; set; }
}
