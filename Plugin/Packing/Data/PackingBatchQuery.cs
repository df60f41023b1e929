using Nop.Core;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;
using Nop.Plugin.Misc.MerchantOps.Packing.Services;
using Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Data;

/// <summary>Reads of batches shared by the services: visibility, progress, the order rows.</summary>
public class PackingBatchQuery
{
    private readonly IRepository<PackingBatchItem> _batchItems;
    private readonly IRepository<PackingBatchOrder> _batchOrders;
    private readonly IRepository<PackingBatch> _batches;
    private readonly IRepository<Order> _orders;

    public PackingBatchQuery(IRepository<PackingBatchItem> batchItems,
        IRepository<PackingBatchOrder> batchOrders,
        IRepository<PackingBatch> batches,
        IRepository<Order> orders)
    {
        _batchItems = batchItems;
        _batchOrders = batchOrders;
        _batches = batches;
        _orders = orders;
    }

    /// <summary>The batch if the actor may see it; another vendor's batch is "not found", not "forbidden".</summary>
    public virtual async Task<PackingBatch> GetVisibleBatchAsync(int batchId, PackingActor actor)
    {
        var batch = batchId > 0 ? await _batches.GetByIdAsync(batchId) : null;
        return actor.MaySee(batch) ? batch : null;
    }

    /// <summary>The batch order and its batch, if the actor may see the batch.</summary>
    public virtual async Task<(PackingBatch Batch, PackingBatchOrder Order)> GetVisibleOrderAsync(int batchOrderId, PackingActor actor)
    {
        var order = batchOrderId > 0 ? await _batchOrders.GetByIdAsync(batchOrderId) : null;
        var batch = order is null ? null : await GetVisibleBatchAsync(order.BatchId, actor);
        return batch is null ? (null, null) : (batch, order);
    }

    /// <summary>The order's latest batch row among the batches the actor may see, with its batch (one query).</summary>
    public virtual async Task<(PackingBatch Batch, PackingBatchOrder Order)> LatestVisibleBatchOfOrderAsync(int orderId, PackingActor actor)
    {
        var latest = await (from row in _batchOrders.Table
                            join batch in VisibleBatches(actor) on row.BatchId equals batch.Id
                            where row.OrderId == orderId
                            orderby row.Id descending
                            select new { row, batch })
            .Take(1)
            .ToListAsync();

        return latest.Count == 0 ? (null, null) : (latest[0].batch, latest[0].row);
    }

    public virtual IQueryable<PackingBatch> VisibleBatches(PackingActor actor) =>
        actor.IsVendor ? _batches.Table.Where(b => b.VendorId == actor.VendorId) : _batches.Table;

    public virtual async Task<IReadOnlyDictionary<int, PackingProgress>> ProgressAsync(IReadOnlyCollection<int> batchIds)
    {
        var ids = batchIds.ToArray();
        var counts = await _batchOrders.Table
            .Where(row => ids.Contains(row.BatchId))
            .GroupBy(row => new { row.BatchId, row.StatusId })
            .Select(group => new { group.Key.BatchId, group.Key.StatusId, Count = group.Count() })
            .ToListAsync();

        return ids.ToDictionary(id => id, id => Progress(counts.Where(c => c.BatchId == id).Select(c => ((PackingOrderStatus)c.StatusId, c.Count))));
    }

    public static PackingProgress Progress(IEnumerable<(PackingOrderStatus Status, int Count)> counts)
    {
        var byStatus = counts.GroupBy(c => c.Status).ToDictionary(g => g.Key, g => g.Sum(c => c.Count));
        int Of(PackingOrderStatus status) => byStatus.GetValueOrDefault(status);

        var removed = Of(PackingOrderStatus.Removed);
        return new PackingProgress(byStatus.Values.Sum() - removed, Of(PackingOrderStatus.Pending),
            Of(PackingOrderStatus.Packed) + Of(PackingOrderStatus.Shipping), Of(PackingOrderStatus.Shipped),
            Of(PackingOrderStatus.Problem), Of(PackingOrderStatus.Skipped), removed);
    }

    public static PackingBatchSummary Summary(PackingBatch batch, PackingProgress progress) =>
        new(batch.Id, batch.Name, batch.State, batch.StoreId, batch.VendorId, batch.CreatedByCustomerId, batch.AssigneeCustomerId,
            batch.CreatedOnUtc, batch.PickingStartedOnUtc, batch.PackingStartedOnUtc, batch.FinishedOnUtc, progress);

    /// <summary>The batch's orders in packing order, with their order numbers and verified units.</summary>
    public virtual async Task<IReadOnlyList<PackingBatchOrderRow>> OrderRowsAsync(int batchId)
    {
        // The order number by a subquery on the order's id, not by a join: PostgreSQL may merge-join the batch's rows
        // with nopCommerce's whole Order table in id order, a walk through a million orders (1 s) when the packing
        // tables are young and their statistics say little, and the batch holds the newest orders (the highest ids).
        var rows = await (from row in _batchOrders.Table
                where row.BatchId == batchId
                orderby row.DisplayOrder, row.Id
                select new
                {
                    Row = row,
                    CustomOrderNumber = _orders.Table.Where(order => order.Id == row.OrderId).Select(order => order.CustomOrderNumber).FirstOrDefault()
                })
            .ToListAsync();
        var units = await _batchItems.Table
            .Where(item => item.BatchId == batchId)
            .GroupBy(item => item.BatchOrderId)
            .Select(group => new { BatchOrderId = group.Key, Quantity = group.Sum(i => i.Quantity), Verified = group.Sum(i => i.VerifiedQuantity) })
            .ToListAsync();

        return rows.Select(r =>
        {
            var unit = units.FirstOrDefault(u => u.BatchOrderId == r.Row.Id);
            return new PackingBatchOrderRow(r.Row.Id, r.Row.OrderId, r.CustomOrderNumber, r.Row.Status, r.Row.SkipReason, r.Row.Note,
                r.Row.ProblemResourceKey, r.Row.VerifiedManually, unit?.Quantity ?? 0, unit?.Verified ?? 0, r.Row.ShipmentId, r.Row.ShippedOnUtc);
        }).ToList();
    }

    /// <summary>The batch's order rows in packing order (one query).</summary>
    public virtual Task<List<PackingBatchOrder>> BatchOrdersAsync(int batchId) =>
        _batchOrders.Table.Where(row => row.BatchId == batchId).OrderBy(row => row.DisplayOrder).ThenBy(row => row.Id).ToListAsync();

    /// <summary>Orders of the batch still held (not shipped, skipped or removed), and those with a shipment under way.</summary>
    public virtual async Task<(int Held, int ShipmentsInProgress)> OpenWorkAsync(int batchId)
    {
        var rows = await _batchOrders.Table
            .Where(row => row.BatchId == batchId && row.ActiveOrderId > 0)
            .Select(row => new { row.StatusId, row.ShipmentId })
            .ToListAsync();

        return (rows.Count, rows.Count(row => row.ShipmentId != null || row.StatusId == (int)PackingOrderStatus.Shipping));
    }

    /// <summary>The first order of the batch still to pack or ship, in packing order; problems last.</summary>
    public virtual Task<PackingBatchOrder> NextToPackAsync(int batchId)
    {
        var statuses = new[] { (int)PackingOrderStatus.Pending, (int)PackingOrderStatus.Packed, (int)PackingOrderStatus.Shipping, (int)PackingOrderStatus.Problem };
        return _batchOrders.Table
            .Where(row => row.BatchId == batchId && statuses.Contains(row.StatusId))
            .OrderBy(row => row.StatusId == (int)PackingOrderStatus.Problem ? 1 : 0)
            .ThenBy(row => row.DisplayOrder).ThenBy(row => row.Id)
            .FirstOrDefaultAsync(row => true);
    }
}
