using System.ComponentModel;

namespace Nop.Core.Domain.Catalog;

// Real source: src/Libraries/Nop.Core/Domain/Catalog/ProductAttributeCombination.cs
public partial class ProductAttributeCombination : BaseEntity
{
    public int ProductId { get; set; }
    public string AttributesXml { get; set; }
    public int StockQuantity { get; set; }
    public bool AllowOutOfStockOrders { get; set; }
    public string Sku { get; set; }
    public string ManufacturerPartNumber { get; set; }
    public string Gtin { get; set; }
    public decimal? OverriddenPrice { get; set; }
    public int NotifyAdminForQuantityBelow { get; set; }
    public int MinStockQuantity { get; set; }

    [EditorBrowsable(EditorBrowsableState.Never)]
    [Browsable(false)]
    [Obsolete("Not used since nopCommerce 4.70; kept for the update process. Use ProductAttributeCombinationPicture.")]
    public int? PictureId { get; set; }
}
