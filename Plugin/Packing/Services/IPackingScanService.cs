using Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Services;

/// <summary>The pack screen: one order at a time, items verified by scanning.</summary>
public interface IPackingScanService
{
    /// <summary>
    /// The order to pack: <paramref name="batchOrderId"/>, or (0) the first order of the batch still waiting to be
    /// packed or shipped. Null when there is none, or the batch belongs to another vendor.
    /// </summary>
    Task<PackOrder> GetPackOrderAsync(int batchId, int batchOrderId = 0);

    /// <summary>
    /// Matches the code (SKU, GTIN or manufacturer part number of the product or combination, or an order number
    /// of the batch) against the order and ticks one unit. Wrong item, unknown code and over-quantity are refused
    /// and recorded.
    /// </summary>
    Task<ScanResult> ScanAsync(int batchId, int batchOrderId, string code);

    /// <summary>
    /// Marks the order packed without scanning the rest, recording who did it and why. The controller checks the
    /// Packing override permission first.
    /// </summary>
    Task<PackingResult> OverrideAsync(int batchOrderId, string reason);
}
