namespace Nop.Core.Domain.Shipping;

// Real source: src/Libraries/Nop.Core/Domain/Shipping/ShippingStatus.cs
public enum ShippingStatus
{
    ShippingNotRequired = 10,
    NotYetShipped = 20,
    PartiallyShipped = 25,
    Shipped = 30,
    Delivered = 40
}
