using Keys = Nop.Plugin.Misc.MerchantOps.Packing.Domain.PackingResourceKeys;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Packing.Data;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;
using Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Services;

/// <summary>
/// Tells the packer what a code that is no item of the current order is: an order number of the batch (open it),
/// an item of another order of the batch, some other catalog item, or nothing known.
/// </summary>
public class ScanMismatchClassifier
{
    private readonly IRepository<PackingBatchOrder> _batchOrders;
    private readonly IRepository<ProductAttributeCombination> _combinations;
    private readonly PackingItemQuery _items;
    private readonly IRepository<Order> _orders;
    private readonly IRepository<Product> _products;

    public ScanMismatchClassifier(IRepository<PackingBatchOrder> batchOrders,
        IRepository<ProductAttributeCombination> combinations,
        PackingItemQuery items,
        IRepository<Order> orders,
        IRepository<Product> products)
    {
        _batchOrders = batchOrders;
        _combinations = combinations;
        _items = items;
        _orders = orders;
        _products = products;
    }

    /// <param name="code">A normalized code that matched no item of the order.</param>
    public virtual async Task<ScanResult> ClassifyAsync(int batchId, int batchOrderId, string code)
    {
        if (ScanCode.IsTooLong(code))
            return new ScanResult(ScanOutcome.UnknownCode, Keys.Scan.UnknownCode);

        var orderInBatch = await (from row in _batchOrders.Table
                join order in _orders.Table on row.OrderId equals order.Id
                where row.BatchId == batchId && order.CustomOrderNumber == code
                select row.Id)
            .FirstOrDefaultAsync(id => true);
        if (orderInBatch != 0)
            return new ScanResult(ScanOutcome.OpenOrder, Keys.Scan.OpenOrder, OpenBatchOrderId: orderInBatch);

        var otherArticles = await _items.ArticleCodesOfBatchAsync(batchId, batchOrderId);
        if (ScanMatcher.Identifies(otherArticles, code))
            return new ScanResult(ScanOutcome.ItemOfAnotherOrder, Keys.Scan.ItemOfAnotherOrder);

        if (await IsCatalogCodeAsync(code))
            return new ScanResult(ScanOutcome.WrongItem, Keys.Scan.WrongItem);

        if (await IsOrderNumberAsync(code))
            return new ScanResult(ScanOutcome.UnknownCode, Keys.Scan.OrderNotInBatch);

        return new ScanResult(ScanOutcome.UnknownCode, Keys.Scan.UnknownCode);
    }

    /// <summary>The audit event of a refused outcome; null for outcomes that are not mismatches.</summary>
    public static PackingEventType? EventOf(ScanOutcome outcome) => outcome switch
    {
        ScanOutcome.WrongItem => PackingEventType.WrongItem,
        ScanOutcome.ItemOfAnotherOrder => PackingEventType.ItemOfAnotherOrder,
        ScanOutcome.UnknownCode => PackingEventType.UnknownCode,
        ScanOutcome.OverQuantity => PackingEventType.OverQuantity,
        _ => null
    };

    /// <summary>
    /// CustomOrderNumber has no index in nopCommerce, so the whole order table is never searched for it (≈0.4 s at a
    /// million orders): a number is looked up by id (the default "{ID}" mask), anything else among batched orders.
    /// One statement.
    /// </summary>
    private async Task<bool> IsOrderNumberAsync(string code)
    {
        var batched = from row in _batchOrders.Table
            join order in _orders.Table on row.OrderId equals order.Id
            where order.CustomOrderNumber == code
            select order.Id;
        if (!int.TryParse(code, out var id))
            return await batched.AnyAsync(orderId => true);

        var byId = _orders.Table.Where(order => order.Id == id && order.CustomOrderNumber == code).Select(order => order.Id);
        return await byId.Concat(batched).AnyAsync(orderId => true);
    }

    /// <summary>
    /// A SKU, GTIN or part number of any product or combination, in one statement. nopCommerce indexes none of them on
    /// PostgreSQL or MySQL, so this reads the catalog (≈15 ms for 3,000 products and 1,800 combinations in citext).
    /// </summary>
    private Task<bool> IsCatalogCodeAsync(string code) =>
        _products.Table.Where(p => p.Sku == code || p.Gtin == code || p.ManufacturerPartNumber == code).Select(p => p.Id)
            .Concat(_combinations.Table.Where(c => c.Sku == code || c.Gtin == code || c.ManufacturerPartNumber == code).Select(c => c.ProductId))
            .AnyAsync(productId => true);
}
