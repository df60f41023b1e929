namespace Nop.Plugin.Misc.MerchantOps.Packing.Services;

/// <summary>What to pick for a batch, aggregated by product/combination and warehouse, warehouse then SKU order.</summary>
public interface IPickListService
{
    /// <summary>Null when the batch does not exist or belongs to another vendor.</summary>
    Task<PickList> GetPickListAsync(int batchId);
}
