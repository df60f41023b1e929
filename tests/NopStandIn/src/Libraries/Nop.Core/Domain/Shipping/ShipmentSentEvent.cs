namespace Nop.Core.Domain.Shipping;

// Real source: src/Libraries/Nop.Core/Domain/Shipping/ShipmentSentEvent.cs
public partial class ShipmentSentEvent
{
    public ShipmentSentEvent(Shipment shipment)
    {
        Shipment = shipment;
    }

    public Shipment Shipment { get; }
}
