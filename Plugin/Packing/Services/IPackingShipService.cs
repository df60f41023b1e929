using Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Services;

/// <summary>
/// Ships a packed order through nopCommerce (shipment and items, ShipmentCreatedEvent and
/// ShipmentTrackingNumberSetEvent, IOrderProcessingService.ShipAsync with customer notification, an order note).
/// Idempotent: a double click, a second tab or a retry after a time-out never creates a second shipment; a retry
/// after a failure resumes where it stopped. A failure leaves the order in Problem with the error.
/// </summary>
public interface IPackingShipService
{
    Task<ShipResult> ShipAsync(int batchOrderId, ShipRequest request);
}
