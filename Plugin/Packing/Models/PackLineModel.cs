namespace Nop.Plugin.Misc.MerchantOps.Packing.Models;

public record PackLineModel
{
    public int BatchItemId { get; set; }
    public string ProductName { get; set; }
    public string Sku { get; set; }
    public string Gtin { get; set; }
    public string ManufacturerPartNumber { get; set; }
    public string AttributesHtml { get; set; }
    public string Warehouse { get; set; }
    public int Quantity { get; set; }
    public int VerifiedQuantity { get; set; }
}
