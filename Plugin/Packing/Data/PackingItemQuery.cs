using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Shipping;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Data;

/// <summary>Reads batch items joined to nopCommerce's order items, products, combinations and warehouses.</summary>
public class PackingItemQuery
{
    private readonly IRepository<PackingBatchItem> _batchItems;
    private readonly IRepository<PackingBatchOrder> _batchOrders;
    private readonly IRepository<ProductAttributeCombination> _combinations;
    private readonly IRepository<OrderItem> _orderItems;
    private readonly IRepository<Order> _orders;
    private readonly IRepository<Product> _products;
    private readonly IRepository<Warehouse> _warehouses;

    public PackingItemQuery(IRepository<PackingBatchItem> batchItems,
        IRepository<PackingBatchOrder> batchOrders,
        IRepository<ProductAttributeCombination> combinations,
        IRepository<OrderItem> orderItems,
        IRepository<Order> orders,
        IRepository<Product> products,
        IRepository<Warehouse> warehouses)
    {
        _batchItems = batchItems;
        _batchOrders = batchOrders;
        _combinations = combinations;
        _orderItems = orderItems;
        _orders = orders;
        _products = products;
        _warehouses = warehouses;
    }

    public virtual Task<List<PackingItemRow>> ForOrderAsync(int batchOrderId) =>
        Rows(_batchItems.Table.Where(item => item.BatchOrderId == batchOrderId)).ToListAsync();

    public virtual Task<List<PackingItemRow>> ForBatchAsync(int batchId) =>
        Rows(_batchItems.Table.Where(item => item.BatchId == batchId)).ToListAsync();

    /// <summary>
    /// The codes of the distinct articles of a batch, outside one of its orders: a narrow read for telling "an item
    /// of another order" from an unknown code, where the full rows of a 200-order batch would cost a pick list.
    /// </summary>
    public virtual async Task<IList<IReadOnlyList<string>>> ArticleCodesOfBatchAsync(int batchId, int exceptBatchOrderId)
    {
        var articles = await (from item in _batchItems.Table
                where item.BatchId == batchId && item.BatchOrderId != exceptBatchOrderId
                join product in _products.Table on item.ProductId equals product.Id
                join c in _combinations.Table on item.CombinationId equals c.Id into itemCombination
                from combination in itemCombination.DefaultIfEmpty()
                select new
                {
                    product.ManageInventoryMethodId,
                    product.Sku,
                    product.Gtin,
                    product.ManufacturerPartNumber,
                    CombinationId = (int?)combination.Id,
                    CombinationSku = combination.Sku,
                    CombinationGtin = combination.Gtin,
                    CombinationManufacturerPartNumber = combination.ManufacturerPartNumber
                })
            .Distinct()
            .ToListAsync();

        return articles.Select(article => ItemCodes.Scannable(
                new ProductCodes(article.Sku, article.Gtin, article.ManufacturerPartNumber),
                article.ManageInventoryMethodId == (int)ManageInventoryMethod.ManageStockByAttributes,
                article.CombinationId is null ? null : new ProductCodes(article.CombinationSku, article.CombinationGtin, article.CombinationManufacturerPartNumber)))
            .ToList();
    }

    private IQueryable<PackingItemRow> Rows(IQueryable<PackingBatchItem> items) =>
        from item in items
        join batchOrder in _batchOrders.Table on item.BatchOrderId equals batchOrder.Id
        join orderItem in _orderItems.Table on item.OrderItemId equals orderItem.Id
        join product in _products.Table on item.ProductId equals product.Id
        join c in _combinations.Table on item.CombinationId equals c.Id into itemCombination
        from combination in itemCombination.DefaultIfEmpty()
        join w in _warehouses.Table on item.WarehouseId equals w.Id into itemWarehouse
        from warehouse in itemWarehouse.DefaultIfEmpty()
        orderby batchOrder.DisplayOrder, item.Id
        select new PackingItemRow
        {
            ItemId = item.Id,
            BatchOrderId = item.BatchOrderId,
            OrderId = batchOrder.OrderId,
            // by a subquery on the id, not a join (see PackingBatchQuery.OrderRowsAsync)
            OrderNumber = _orders.Table.Where(order => order.Id == batchOrder.OrderId).Select(order => order.CustomOrderNumber).FirstOrDefault(),
            OrderItemId = item.OrderItemId,
            ProductId = item.ProductId,
            CombinationId = item.CombinationId,
            WarehouseId = item.WarehouseId,
            WarehouseName = warehouse.Name,
            Quantity = item.Quantity,
            VerifiedQuantity = item.VerifiedQuantity,
            BatchOrderStatusId = batchOrder.StatusId,
            ProductName = product.Name,
            AttributesXml = orderItem.AttributesXml,
            AttributesHtml = orderItem.AttributeDescription,
            ManageInventoryMethodId = product.ManageInventoryMethodId,
            Sku = product.Sku,
            Gtin = product.Gtin,
            ManufacturerPartNumber = product.ManufacturerPartNumber,
            CombinationSku = combination.Sku,
            CombinationGtin = combination.Gtin,
            CombinationManufacturerPartNumber = combination.ManufacturerPartNumber
        };
}
