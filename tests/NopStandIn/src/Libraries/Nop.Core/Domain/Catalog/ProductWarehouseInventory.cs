namespace Nop.Core.Domain.Catalog;

// Real source: src/Libraries/Nop.Core/Domain/Catalog/ProductWarehouseInventory.cs
public partial class ProductWarehouseInventory : BaseEntity
{
    public int ProductId { get; set; }
    public int WarehouseId { get; set; }
    public int StockQuantity { get; set; }
    public int ReservedQuantity { get; set; }
}
