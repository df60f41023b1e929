using Nop.Core.Domain.Shipping;

namespace Nop.Services.Shipping;

// Real source: src/Libraries/Nop.Services/Shipping/IShipmentService.cs (subset: the members Merchant Ops calls)
public partial interface IShipmentService
{
    Task<Shipment> GetShipmentByIdAsync(int shipmentId);

    Task<IList<Shipment>> GetShipmentsByOrderIdAsync(int orderId, bool? shipped = null, bool? readyForPickup = null, int vendorId = 0);

    Task InsertShipmentAsync(Shipment shipment);

    Task<IList<ShipmentItem>> GetShipmentItemsByShipmentIdAsync(int shipmentId);

    Task InsertShipmentItemAsync(ShipmentItem shipmentItem);
}
