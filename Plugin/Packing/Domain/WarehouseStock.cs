namespace Nop.Plugin.Misc.MerchantOps.Packing.Domain;

/// <summary>Physical stock of a product in one warehouse.</summary>
public sealed record WarehouseStock(int WarehouseId, int StockQuantity);
