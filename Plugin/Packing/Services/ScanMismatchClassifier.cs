using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;
using Keys = Nop.Plugin.Misc.MerchantOps.Packing.Domain.PackingResourceKeys;

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

        var otherLines = (await _items.ForBatchAsync(batchId)).Where(row => row.BatchOrderId != batchOrderId).Select(row => row.ToScanLine());
        if (ScanMatcher.Identifies(otherLines, code))
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
    /// </summary>
    private async Task<bool> IsOrderNumberAsync(string code)
    {
        if (int.TryParse(code, out var id) && await _orders.Table.AnyAsync(order => order.Id == id && order.CustomOrderNumber == code))
            return true;

        return await (from row in _batchOrders.Table
                join order in _orders.Table on row.OrderId equals order.Id
                where order.CustomOrderNumber == code
                select row.Id)
            .AnyAsync(rowId => true);
    }

    private async Task<bool> IsCatalogCodeAsync(string code) =>
        await _products.Table.AnyAsync(p => p.Sku == code || p.Gtin == code || p.ManufacturerPartNumber == code)
        || await _combinations.Table.AnyAsync(c => c.Sku == code || c.Gtin == code || c.ManufacturerPartNumber == code);
}
