namespace Nop.Core.Domain.Shipping;

// Real source: src/Libraries/Nop.Core/Domain/Shipping/ShipmentTrackingNumberSetEvent.cs
public partial class ShipmentTrackingNumberSetEvent
{
    public ShipmentTrackingNumberSetEvent(Shipment shipment)
    {
        Shipment = shipment;
    }

    public Shipment Shipment { get; }
}
