namespace Nop.Core.Domain.Shipping;

// Real source: src/Libraries/Nop.Core/Domain/Shipping/ShipmentItem.cs
public partial class ShipmentItem : BaseEntity
{
    public int ShipmentId { get; set; }
    public int OrderItemId { get; set; }
    public int Quantity { get; set; }
    public int WarehouseId { get; set; }
}
