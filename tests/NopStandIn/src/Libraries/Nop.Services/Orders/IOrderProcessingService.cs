using Nop.Core.Domain.Shipping;

namespace Nop.Services.Orders;

// Real source: src/Libraries/Nop.Services/Orders/IOrderProcessingService.cs (subset: the members Merchant Ops calls)
public partial interface IOrderProcessingService
{
    Task ShipAsync(Shipment shipment, bool notifyCustomer);
}
