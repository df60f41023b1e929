using Nop.Core.Domain.Shipping;
using Nop.Data;
using Nop.Services.Shipping;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;

/// <summary>
/// IShipmentService writing real Shipment and ShipmentItem rows, as nopCommerce's ShipmentService does.
/// Leaves out: the vendor and warehouse filters' joins beyond the order id, the caches, and the members the plugin does
/// not call (ShipAsync's own shipped-date update goes through the shipment repository in the order-processing fake).
/// </summary>
public class RepositoryShipmentService : IShipmentService
{
    private readonly InjectedFaults _faults;
    private readonly IRepository<ShipmentItem> _shipmentItems;
    private readonly IRepository<Shipment> _shipments;

    public RepositoryShipmentService(IRepository<Shipment> shipments, IRepository<ShipmentItem> shipmentItems, InjectedFaults faults = null)
    {
        _shipments = shipments;
        _shipmentItems = shipmentItems;
        _faults = faults ?? new InjectedFaults();
    }

    public Task<Shipment> GetShipmentByIdAsync(int shipmentId) => _shipments.GetByIdAsync(shipmentId);

    public async Task<IList<Shipment>> GetShipmentsByOrderIdAsync(int orderId, bool? shipped = null, bool? readyForPickup = null, int vendorId = 0)
    {
        if (orderId == 0)
            return [];

        var query = _shipments.Table.Where(s => s.OrderId == orderId);
        if (shipped.HasValue)
            query = shipped.Value ? query.Where(s => s.ShippedDateUtc != null) : query.Where(s => s.ShippedDateUtc == null);
        if (readyForPickup.HasValue)
            query = readyForPickup.Value ? query.Where(s => s.ReadyForPickupDateUtc != null) : query.Where(s => s.ReadyForPickupDateUtc == null);

        return await query.ToListAsync();
    }

    public async Task InsertShipmentAsync(Shipment shipment)
    {
        await _shipments.InsertAsync(shipment);
        _faults.At(FaultPoint.AfterShipmentInsert);
    }

    public async Task<IList<ShipmentItem>> GetShipmentItemsByShipmentIdAsync(int shipmentId) =>
        shipmentId == 0 ? null : await _shipmentItems.Table.Where(item => item.ShipmentId == shipmentId).ToListAsync();

    public async Task InsertShipmentItemAsync(ShipmentItem shipmentItem)
    {
        await _shipmentItems.InsertAsync(shipmentItem);
        _faults.At(FaultPoint.AfterShipmentItemInsert);
    }
}
