using Nop.Core;
using Nop.Core.Domain.Catalog;

namespace Nop.Services.Catalog;

// Real source: src/Libraries/Nop.Services/Catalog/IProductService.cs (subset: the members Merchant Ops calls)
public partial interface IProductService
{
    /// <summary>Takes a shipped quantity (negative) out of a multi-warehouse product's stock and reservation.</summary>
    Task BookReservedInventoryAsync(Product product, int warehouseId, int quantity, string message = "");

    /// <summary>Newest first.</summary>
    Task<IPagedList<StockQuantityHistory>> GetStockQuantityHistoryAsync(Product product, int warehouseId = 0, int combinationId = 0,
        int pageIndex = 0, int pageSize = int.MaxValue);
}
