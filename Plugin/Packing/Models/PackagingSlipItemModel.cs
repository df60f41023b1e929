namespace Nop.Plugin.Misc.MerchantOps.Packing.Models;

public record PackagingSlipItemModel
{
    public string ProductName { get; set; }
    public string Sku { get; set; }
    public string AttributesHtml { get; set; }
    public int Quantity { get; set; }
}
