using Nop.Core;
using Nop.Core.Domain.Catalog;
using Nop.Data;
using Nop.Services.Catalog;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;

/// <summary>
/// IProductService's stock booking over real rows, as nopCommerce 4.90.3's ProductService does it: only a product
/// that manages its stock in several warehouses is booked (the warehouse row's stock and reservation go down by the
/// shipped quantity, the reservation never below 0), then one StockQuantityHistory row records the change. A simply
/// stock-managed product is left alone: its StockQuantity went down when the order was placed.
/// Leaves out: the product-by-id caches; nothing else of ProductService is here.
/// </summary>
public class RepositoryProductService : IProductService
{
    private readonly IRepository<StockQuantityHistory> _history;
    private readonly IRepository<ProductWarehouseInventory> _warehouseInventory;

    public RepositoryProductService(IRepository<ProductWarehouseInventory> warehouseInventory, IRepository<StockQuantityHistory> history)
    {
        _warehouseInventory = warehouseInventory;
        _history = history;
    }

    public async Task BookReservedInventoryAsync(Product product, int warehouseId, int quantity, string message = "")
    {
        ArgumentNullException.ThrowIfNull(product);
        if (quantity >= 0)
            throw new ArgumentException("Value must be negative.", nameof(quantity));

        if (product.ManageInventoryMethod != ManageInventoryMethod.ManageStock || !product.UseMultipleWarehouses)
            return;

        var inventory = await _warehouseInventory.Table.FirstOrDefaultAsync(row => row.ProductId == product.Id && row.WarehouseId == warehouseId);
        if (inventory is null)
            return;

        inventory.StockQuantity += quantity;
        inventory.ReservedQuantity = Math.Max(0, inventory.ReservedQuantity + quantity);
        await _warehouseInventory.UpdateAsync(inventory);

        await _history.InsertAsync(new StockQuantityHistory
        {
            ProductId = product.Id,
            WarehouseId = warehouseId > 0 ? warehouseId : null,
            QuantityAdjustment = quantity,
            StockQuantity = inventory.StockQuantity,
            Message = message,
            CreatedOnUtc = DateTime.UtcNow
        });
    }

    public async Task<IPagedList<StockQuantityHistory>> GetStockQuantityHistoryAsync(Product product, int warehouseId = 0, int combinationId = 0,
        int pageIndex = 0, int pageSize = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(product);

        var query = _history.Table.Where(entry => entry.ProductId == product.Id);
        if (warehouseId > 0)
            query = query.Where(entry => entry.WarehouseId == warehouseId);
        if (combinationId > 0)
            query = query.Where(entry => entry.CombinationId == combinationId);

        var rows = await query.OrderByDescending(entry => entry.CreatedOnUtc).ThenByDescending(entry => entry.Id).ToListAsync();
        return new PagedList<StockQuantityHistory>(rows, pageIndex, pageSize);
    }
}
