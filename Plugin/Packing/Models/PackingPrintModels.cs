using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Models;

/// <summary>The printable pick list of a batch.</summary>
public record PickListModel : BaseNopModel
{
    public int BatchId { get; set; }
    public string BatchName { get; set; }
    public string PrintedOn { get; set; }
    public int TotalQuantity { get; set; }
    public int OrderCount { get; set; }
    public IList<PickListLineModel> Lines { get; set; } = new List<PickListLineModel>();
}

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

/// <summary>Packaging slips of a batch: one page per order.</summary>
public record PackagingSlipsModel : BaseNopModel
{
    public int BatchId { get; set; }
    public string BatchName { get; set; }
    public IList<PackagingSlipModel> Slips { get; set; } = new List<PackagingSlipModel>();
}

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

public record PackagingSlipItemModel
{
    public string ProductName { get; set; }
    public string Sku { get; set; }
    public string AttributesHtml { get; set; }
    public int Quantity { get; set; }
}
