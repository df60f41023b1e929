namespace Nop.Plugin.Misc.MerchantOps.Packing.Domain;

/// <summary>One item of one order of the batch, as read for the pick list.</summary>
public sealed record PickSource(
    int OrderId,
    string OrderNumber,
    int ProductId,
    int CombinationId,
    string AttributesXml,
    string AttributesHtml,
    string ProductName,
    string Sku,
    string Gtin,
    int WarehouseId,
    string WarehouseName,
    int Quantity);
