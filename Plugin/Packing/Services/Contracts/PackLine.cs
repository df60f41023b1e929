using Nop.Plugin.Misc.MerchantOps.Packing.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;

/// <summary>An item on the pack screen.</summary>
public sealed record PackLine(
    int BatchItemId,
    int OrderItemId,
    int ProductId,
    string ProductName,
    string Sku,
    string Gtin,
    string ManufacturerPartNumber,
    string AttributesHtml,
    int WarehouseId,
    string WarehouseName,
    int Quantity,
    int VerifiedQuantity);
