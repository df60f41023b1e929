namespace Nop.Plugin.Misc.MerchantOps.Packing.Models;

public record PickListLineModel
{
    public string Warehouse { get; set; }
    public string Sku { get; set; }
    public string Gtin { get; set; }
    public string ProductName { get; set; }

    /// <summary>nopCommerce's formatted attribute description (HTML it encoded itself at checkout).</summary>
    public string AttributesHtml { get; set; }

    public int Quantity { get; set; }
    public string Orders { get; set; }
}
