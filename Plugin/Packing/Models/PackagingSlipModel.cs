namespace Nop.Plugin.Misc.MerchantOps.Packing.Models;

public record PackagingSlipModel
{
    public string StoreName { get; set; }

    /// <summary>The store's logo URL; null when the store has none.</summary>
    public string StoreLogoUrl { get; set; }

    public string StoreUrl { get; set; }
    public IList<string> StoreAddressLines { get; set; } = new List<string>();
    public string OrderNumber { get; set; }
    public string OrderDate { get; set; }
    public string ShippingMethod { get; set; }
    /// <summary>Ship-to name (text; the view encodes it).</summary>
    public string ShipToName { get; set; }

    /// <summary>Ship-to address without the name, one line each.</summary>
    public IList<string> ShipToAddressLines { get; set; } = new List<string>();
    public IList<PackagingSlipItemModel> Items { get; set; } = new List<PackagingSlipItemModel>();

    /// <summary>nopCommerce's formatted checkout attributes (gift wrapping, gift message...), HTML it encoded itself.</summary>
    public string CheckoutAttributesHtml { get; set; }

    /// <summary>What the customer typed at checkout (the order's custom values), as text.</summary>
    public IList<string> CustomerNotes { get; set; } = new List<string>();
}
