namespace Nop.Core.Domain.Orders;

// Real source: src/Libraries/Nop.Core/Domain/Orders/OrderPaidEvent.cs
// Published by OrderProcessingService once an order is marked paid, after the order was saved (EntityUpdatedEvent).
public partial class OrderPaidEvent
{
    public OrderPaidEvent(Order order)
    {
        Order = order;
    }

    public Order Order { get; }
}
