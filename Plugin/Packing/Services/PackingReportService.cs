using Nop.Core;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Packing.Data;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;
using Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Services;

/// <summary>Progress, throughput, paid-to-shipped time and the audit trail, read from the plugin's own tables.</summary>
public class PackingReportService : IPackingReportService
{
    private readonly IRepository<PackingBatchOrder> _batchOrders;
    private readonly IRepository<PackingEvent> _events;
    private readonly IRepository<Order> _orders;
    private readonly IPackerService _packerService;
    private readonly PackingBatchQuery _queries;
    private readonly IWorkContext _workContext;

    public PackingReportService(IRepository<PackingBatchOrder> batchOrders,
        IRepository<PackingEvent> events,
        IRepository<Order> orders,
        IPackerService packerService,
        PackingBatchQuery queries,
        IWorkContext workContext)
    {
        _batchOrders = batchOrders;
        _events = events;
        _orders = orders;
        _packerService = packerService;
        _queries = queries;
        _workContext = workContext;
    }

    public virtual async Task<PackingProgress> GetProgressAsync(int batchId)
    {
        var actor = await PackingActor.CurrentAsync(_workContext);
        var batch = await _queries.GetVisibleBatchAsync(batchId, actor);
        return batch is null ? null : (await _queries.ProgressAsync([batch.Id]))[batch.Id];
    }

    public virtual async Task<IReadOnlyList<PackerThroughput>> GetThroughputAsync(DateTime fromUtc, DateTime toUtc)
    {
        var shipped = await ShippedBetweenAsync(fromUtc, toUtc);
        var spans = await shipped
            .Select(row => new { row.PackedByCustomerId, row.ShippedByCustomerId, row.PackStartedOnUtc, row.PackedOnUtc, row.ShippedOnUtc })
            .ToListAsync();

        // The packer is who verified the order; an order packed by nobody (never happens today) counts for its shipper.
        var packers = PackingThroughput.Compute(spans.Select(row => new PackedOrderSpan(
            row.PackedByCustomerId != 0 ? row.PackedByCustomerId : row.ShippedByCustomerId,
            row.PackStartedOnUtc ?? row.PackedOnUtc ?? row.ShippedOnUtc.Value,
            row.ShippedOnUtc.Value)));
        var names = await _packerService.GetNamesAsync(packers.Select(packer => packer.PackerCustomerId));
        return packers.Select(packer => packer with { PackerName = names.GetValueOrDefault(packer.PackerCustomerId) }).ToList();
    }

    public virtual async Task<PaidToShippedStats> GetPaidToShippedAsync(DateTime fromUtc, DateTime toUtc)
    {
        var shipped = await ShippedBetweenAsync(fromUtc, toUtc);
        var rows = await (from row in shipped
                join order in _orders.Table on row.OrderId equals order.Id
                select new { Paid = order.PaidDateUtc ?? order.CreatedOnUtc, row.ShippedOnUtc })
            .ToListAsync();

        return PaidToShipped.Compute(rows.Select(row => (row.Paid, row.ShippedOnUtc.Value)));
    }

    public virtual async Task<IPagedList<PackingAuditEntry>> GetAuditAsync(int batchId, int pageIndex = 0, int pageSize = 50,
        IReadOnlyCollection<PackingEventType> types = null)
    {
        var actor = await PackingActor.CurrentAsync(_workContext);
        var visible = _queries.VisibleBatches(actor);
        var events = _events.Table.Where(e => visible.Any(b => b.Id == e.BatchId));
        if (batchId > 0)
            events = events.Where(e => e.BatchId == batchId);
        if (types?.Count > 0)
        {
            var typeIds = types.Select(type => (int)type).ToArray();
            events = events.Where(e => typeIds.Contains(e.TypeId));
        }

        var page = await events.OrderByDescending(e => e.CreatedOnUtc).ThenByDescending(e => e.Id)
            .ToPagedListAsync(Math.Max(0, pageIndex), Math.Clamp(pageSize, 1, 500));
        var names = await _packerService.GetNamesAsync(page.Select(e => e.CustomerId));
        var entries = page.Select(e => new PackingAuditEntry(e.Id, e.CreatedOnUtc, e.CustomerId, e.Type, e.BatchId, e.OrderId, e.Code, e.ResourceKey, e.Note,
            names.GetValueOrDefault(e.CustomerId))).ToList();
        return new PagedList<PackingAuditEntry>(entries, page.PageIndex, page.PageSize, page.TotalCount);
    }

    /// <summary>Batch orders shipped in [from, to), of the batches the actor may see.</summary>
    private async Task<IQueryable<PackingBatchOrder>> ShippedBetweenAsync(DateTime fromUtc, DateTime toUtc)
    {
        var actor = await PackingActor.CurrentAsync(_workContext);
        var visible = _queries.VisibleBatches(actor);
        return _batchOrders.Table.Where(row => row.StatusId == (int)PackingOrderStatus.Shipped
            && row.ShippedOnUtc >= fromUtc && row.ShippedOnUtc < toUtc
            && visible.Any(b => b.Id == row.BatchId));
    }
}
