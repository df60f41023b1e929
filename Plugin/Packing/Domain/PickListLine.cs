namespace Nop.Plugin.Misc.MerchantOps.Packing.Domain;

/// <summary>A line to pick: one product or combination from one warehouse, for every order that needs it.</summary>
public sealed record PickListLine(
    string Sku,
    string Gtin,
    int ProductId,
    int CombinationId,
    string ProductName,
    string AttributesHtml,
    int WarehouseId,
    string WarehouseName,
    int TotalQuantity,
    IReadOnlyList<string> OrderNumbers);
