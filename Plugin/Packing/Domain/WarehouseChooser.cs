namespace Nop.Plugin.Misc.MerchantOps.Packing.Domain;

/// <summary>
/// Chooses the warehouse of each item when a batch is created: the product's warehouse, or, for a product stocked
/// in several, one that has enough stock left. Quantities chosen for earlier (older) orders of the same batch are
/// taken into account, so two orders are not both sent to the last unit of a warehouse.
/// </summary>
public sealed class WarehouseChooser
{
    private readonly Dictionary<(int ProductId, int WarehouseId), int> _allocated = new();

    public int Choose(ProductStock product, int quantity)
    {
        if (!product.UsesMultipleWarehouses || product.Warehouses.Count == 0)
            return product.DefaultWarehouseId;

        var candidates = product.Warehouses
            .Select(stock => (stock.WarehouseId, Available: stock.StockQuantity - _allocated.GetValueOrDefault((product.ProductId, stock.WarehouseId))))
            .ToList();

        var chosen = candidates.FirstOrDefault(c => c.WarehouseId == product.DefaultWarehouseId && c.Available >= quantity);
        if (chosen.WarehouseId == 0)
            chosen = candidates
                .OrderByDescending(c => c.Available >= quantity)
                .ThenByDescending(c => c.Available)
                .ThenByDescending(c => c.WarehouseId == product.DefaultWarehouseId)
                .ThenBy(c => c.WarehouseId)
                .First();

        _allocated[(product.ProductId, chosen.WarehouseId)] = _allocated.GetValueOrDefault((product.ProductId, chosen.WarehouseId)) + quantity;
        return chosen.WarehouseId;
    }
}
