using Nop.Plugin.Misc.MerchantOps.Packing.Domain;
using Nop.Plugin.Misc.MerchantOps.Packing.Models;
using Nop.Plugin.Misc.MerchantOps.Packing.Services;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Factories;

/// <summary>The packing card of nopCommerce's order page: the batch that holds (or last held) the order and where the order stands in it.</summary>
public class PackingOrderBlockModelFactory
{
    private readonly IPackingBatchService _batchService;
    private readonly PackingDisplay _display;

    public PackingOrderBlockModelFactory(IPackingBatchService batchService, PackingDisplay display)
    {
        _batchService = batchService;
        _display = display;
    }

    /// <summary>The latest batch of the order that the current user may see (a vendor: only their own batches).</summary>
    public virtual async Task<PackingOrderBlockModel> PrepareOrderBlockModelAsync(int orderId)
    {
        var model = new PackingOrderBlockModel { OrderId = orderId };
        var placement = orderId > 0 ? await _batchService.FindOrderBatchAsync(orderId) : null;
        if (placement is null)
            return model;

        return model with
        {
            InBatch = true,
            BatchId = placement.BatchId,
            BatchOrderId = placement.BatchOrderId,
            BatchName = await _display.BatchTitleAsync(placement.BatchId, placement.BatchName),
            BatchState = await _display.StateAsync(placement.BatchState),
            Status = await _display.StatusAsync(placement.Status),
            StatusCssClass = PackingDisplay.CssClass(placement.Status),
            Problem = placement.Status == PackingOrderStatus.Problem
                ? await _display.TextAsync(placement.ProblemResourceKey ?? PackingDisplayKeys.For(placement.Status))
                : null,
            Note = placement.Note,
            ShippedOn = await _display.DateAsync(placement.ShippedOnUtc),
            CanPack = placement.BatchState == PackingBatchState.Packing && placement.HoldsOrder
        };
    }
}
