using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Shipping;

namespace Nop.Services.Orders;

// Real source: src/Libraries/Nop.Services/Orders/IOrderProcessingService.cs (subset: the members Merchant Ops calls)
public partial interface IOrderProcessingService
{
    /// <summary>Sets the paid date if missing and moves the order on (Pending → Processing, paid and shipped → Complete).</summary>
    Task CheckOrderStatusAsync(Order order);

    Task ShipAsync(Shipment shipment, bool notifyCustomer);
}
