using Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Services;

/// <summary>What to pick for a batch, aggregated by product/combination and warehouse, warehouse then SKU order.</summary>
public interface IPickListService
{
    /// <summary>Null when the batch does not exist or belongs to another vendor.</summary>
    Task<PickList> GetPickListAsync(int batchId);

    /// <summary>
    /// Every order of the batch as the pack screen shows it (the same as IPackingScanService.GetPackOrderAsync for
    /// each), in packing order, read with a fixed number of queries whatever the batch size (for the packaging slips).
    /// Skipped and removed orders are included with their status. Null when the batch is not visible.
    /// </summary>
    Task<IReadOnlyList<PackOrder>> GetPackOrdersAsync(int batchId);
}
