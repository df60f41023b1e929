namespace Nop.Core.Domain.Shipping;

// Real source: src/Libraries/Nop.Core/Domain/Shipping/ShipmentCreatedEvent.cs
public partial class ShipmentCreatedEvent
{
    public ShipmentCreatedEvent(Shipment shipment)
    {
        Shipment = shipment;
    }

    public Shipment Shipment { get; }
}
