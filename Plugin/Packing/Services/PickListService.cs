using Nop.Core;
using Nop.Plugin.Misc.MerchantOps.Packing.Data;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;
using Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Services;

/// <summary>The pick list of a batch: one query for its items, aggregated in memory.</summary>
public class PickListService : IPickListService
{
    private readonly PackingItemQuery _items;
    private readonly PackingBatchQuery _queries;
    private readonly IWorkContext _workContext;

    public PickListService(PackingItemQuery items, PackingBatchQuery queries, IWorkContext workContext)
    {
        _items = items;
        _queries = queries;
        _workContext = workContext;
    }

    public virtual async Task<PickList> GetPickListAsync(int batchId)
    {
        var actor = await PackingActor.CurrentAsync(_workContext);
        var batch = await _queries.GetVisibleBatchAsync(batchId, actor);
        if (batch is null)
            return null;

        // Skipped and removed orders went back to the queue: nothing to pick for them.
        var sources = (await _items.ForBatchAsync(batch.Id))
            .Where(row => (PackingOrderStatus)row.BatchOrderStatusId is not (PackingOrderStatus.Skipped or PackingOrderStatus.Removed))
            .Select(row =>
            {
                var codes = row.EffectiveCodes;
                return new PickSource(row.OrderId, row.OrderNumber, row.ProductId, row.CombinationId, row.AttributesXml, row.AttributesHtml,
                    row.ProductName, codes.Sku, codes.Gtin, row.WarehouseId, row.WarehouseName, row.Quantity);
            });

        return new PickList(batch.Id, batch.Name, PickListBuilder.Build(sources));
    }

    public virtual async Task<IReadOnlyList<PackOrder>> GetPackOrdersAsync(int batchId)
    {
        var actor = await PackingActor.CurrentAsync(_workContext);
        var batch = await _queries.GetVisibleBatchAsync(batchId, actor);
        if (batch is null)
            return null;

        var orders = await _queries.BatchOrdersAsync(batch.Id);
        var items = (await _items.ForBatchAsync(batch.Id)).ToLookup(row => row.BatchOrderId);
        return orders.Select(order =>
        {
            var rows = items[order.Id].ToList();
            return new PackOrder(batch.Id, order.Id, order.OrderId, rows.FirstOrDefault()?.OrderNumber, order.Status, order.VerifiedManually,
                order.Note, order.ProblemResourceKey, rows.Select(ToPackLine).ToList());
        }).ToList();
    }

    /// <summary>A pack-screen line, with the codes nopCommerce shows for the item (as PackingScanService builds them).</summary>
    private static PackLine ToPackLine(PackingItemRow row)
    {
        var codes = row.EffectiveCodes;
        return new PackLine(row.ItemId, row.OrderItemId, row.ProductId, row.ProductName, codes.Sku, codes.Gtin, codes.ManufacturerPartNumber,
            row.AttributesHtml, row.WarehouseId, row.WarehouseName, row.Quantity, row.VerifiedQuantity);
    }
}
