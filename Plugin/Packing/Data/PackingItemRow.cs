using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Shipping;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Data;

/// <summary>A batch item with what the pick list and the pack screen show of it, read in one query.</summary>
public sealed record PackingItemRow
{
    public int ItemId { get; init; }
    public int BatchOrderId { get; init; }
    public int OrderId { get; init; }
    public string OrderNumber { get; init; }
    public int OrderItemId { get; init; }
    public int ProductId { get; init; }
    public int CombinationId { get; init; }
    public int WarehouseId { get; init; }
    public string WarehouseName { get; init; }
    public int Quantity { get; init; }
    public int VerifiedQuantity { get; init; }
    public int BatchOrderStatusId { get; init; }
    public string ProductName { get; init; }
    public string AttributesXml { get; init; }
    public string AttributesHtml { get; init; }
    public int ManageInventoryMethodId { get; init; }
    public string Sku { get; init; }
    public string Gtin { get; init; }
    public string ManufacturerPartNumber { get; init; }
    public string CombinationSku { get; init; }
    public string CombinationGtin { get; init; }
    public string CombinationManufacturerPartNumber { get; init; }

    private bool TracksStockByAttributes => ManageInventoryMethodId == (int)ManageInventoryMethod.ManageStockByAttributes;

    private ProductCodes CombinationCodes => CombinationId == 0 ? null : new(CombinationSku, CombinationGtin, CombinationManufacturerPartNumber);

    /// <summary>SKU, GTIN and part number as nopCommerce shows them for this item.</summary>
    public ProductCodes EffectiveCodes => ItemCodes.Effective(new(Sku, Gtin, ManufacturerPartNumber), TracksStockByAttributes, CombinationCodes);

    public ScanLine ToScanLine() =>
        new(ItemId, ItemCodes.Scannable(new(Sku, Gtin, ManufacturerPartNumber), TracksStockByAttributes, CombinationCodes), Quantity, VerifiedQuantity);
}
