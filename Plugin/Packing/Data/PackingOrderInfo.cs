namespace Nop.Plugin.Misc.MerchantOps.Packing.Data;

/// <summary>What the packing screens show of an order beyond what the packing services return.</summary>
public sealed record PackingOrderInfo(
    int OrderId,
    int StoreId,
    string OrderNumber,
    DateTime CreatedOnUtc,
    string CustomerName,
    IReadOnlyList<string> ShipToAddressLines,
    string ShippingMethod,
    string CheckoutAttributesHtml,
    IReadOnlyList<string> CustomerNotes);
