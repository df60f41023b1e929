namespace Nop.Core.Domain.Orders;

// Real source: src/Libraries/Nop.Core/Domain/Orders/OrderRefundedEvent.cs
// Published by OrderProcessingService after a refund (full or partial, online or offline).
public partial class OrderRefundedEvent
{
    public OrderRefundedEvent(Order order, decimal amount)
    {
        Order = order;
        Amount = amount;
    }

    public Order Order { get; }

    public decimal Amount { get; }
}
