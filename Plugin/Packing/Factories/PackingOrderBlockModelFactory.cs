using Nop.Core;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;
using Nop.Plugin.Misc.MerchantOps.Packing.Models;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Factories;

/// <summary>
/// The packing card of nopCommerce's order page: the batch that holds (or last held) the order and where the order
/// stands in it. Read straight from the packing tables because the batch services look up batches, not orders.
/// </summary>
public class PackingOrderBlockModelFactory
{
    private readonly IRepository<PackingBatch> _batchRepository;
    private readonly IRepository<PackingBatchOrder> _batchOrderRepository;
    private readonly PackingDisplay _display;
    private readonly IWorkContext _workContext;

    public PackingOrderBlockModelFactory(IRepository<PackingBatch> batchRepository,
        IRepository<PackingBatchOrder> batchOrderRepository,
        PackingDisplay display,
        IWorkContext workContext)
    {
        _batchRepository = batchRepository;
        _batchOrderRepository = batchOrderRepository;
        _display = display;
        _workContext = workContext;
    }

    /// <summary>The latest batch of the order that the current user may see (a vendor: only their own batches).</summary>
    public virtual async Task<PackingOrderBlockModel> PrepareOrderBlockModelAsync(int orderId)
    {
        var model = new PackingOrderBlockModel { OrderId = orderId };
        if (orderId <= 0)
            return model;

        var vendorId = (await _workContext.GetCurrentVendorAsync())?.Id ?? 0;
        var latest = await (from batchOrder in _batchOrderRepository.Table
                            join batch in _batchRepository.Table on batchOrder.BatchId equals batch.Id
                            where batchOrder.OrderId == orderId && (vendorId == 0 || batch.VendorId == vendorId)
                            orderby batchOrder.Id descending
                            select new { batchOrder, batch })
            .Take(1).ToListAsync();
        if (latest.Count == 0)
            return model;

        var (found, holder) = (latest[0].batchOrder, latest[0].batch);
        return model with
        {
            InBatch = true,
            BatchId = holder.Id,
            BatchOrderId = found.Id,
            BatchName = await _display.BatchTitleAsync(holder.Id, holder.Name),
            BatchState = await _display.StateAsync(holder.State),
            Status = await _display.StatusAsync(found.Status),
            StatusCssClass = PackingDisplay.CssClass(found.Status),
            Problem = found.Status == PackingOrderStatus.Problem ? await _display.TextAsync(found.ProblemResourceKey ?? PackingDisplayKeys.For(found.Status)) : null,
            Note = found.Note,
            ShippedOn = await _display.DateAsync(found.ShippedOnUtc),
            CanPack = holder.State == PackingBatchState.Packing && found.HoldsOrder
        };
    }
}
