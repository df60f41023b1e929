namespace Nop.Core.Domain.Shipping;

// Real source: src/Libraries/Nop.Core/Domain/Shipping/Warehouse.cs
public partial class Warehouse : BaseEntity
{
    public string Name { get; set; }
    public string AdminComment { get; set; }
    public int AddressId { get; set; }
}
