using Nop.Plugin.Misc.MerchantOps.Packing.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;

/// <summary>
/// Creating a batch or adding orders to it. Each order is claimed on its own: some may be refused (another packer
/// was faster, the order is no longer ready) while the others are in the batch.
/// </summary>
public sealed record CreateBatchResult(
    bool Succeeded,
    string ResourceKey,
    int BatchId,
    IReadOnlyList<int> ClaimedOrderIds,
    IReadOnlyList<RefusedOrder> RefusedOrders)
{
    public static CreateBatchResult Refused(string resourceKey, IReadOnlyList<RefusedOrder> refused = null) =>
        new(false, resourceKey, 0, [], refused ?? []);
}
