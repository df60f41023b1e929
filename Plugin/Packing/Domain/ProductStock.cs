namespace Nop.Plugin.Misc.MerchantOps.Packing.Domain;

/// <summary>
/// A product's warehouses as nopCommerce's admin shipment form sees them: products managed by stock with
/// "multiple warehouses" pick a warehouse per shipment, every other product ships from its own warehouse.
/// </summary>
public sealed record ProductStock(int ProductId, int DefaultWarehouseId, bool UsesMultipleWarehouses, IReadOnlyList<WarehouseStock> Warehouses);
