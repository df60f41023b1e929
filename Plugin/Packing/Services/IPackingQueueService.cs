using Nop.Core;
using Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Services;

/// <summary>
/// Orders ready to pack: not deleted, pending or processing, paid (or authorized / cash on delivery
/// per settings), not or partially shipped, not picked up in store, with shippable items, in no active batch.
/// Scoped to the current vendor's products.
/// </summary>
public interface IPackingQueueService
{
    /// <summary>One page of the queue, oldest first, with its total count.</summary>
    Task<IPagedList<PackingQueueRow>> GetQueueAsync(PackingQueueFilter filter, int pageIndex = 0, int pageSize = 50);

    /// <summary>How many orders are ready to pack (cached for at most a minute): for the Packing page, planner and dashboard.</summary>
    Task<int> GetReadyCountAsync(int storeId = 0);

    /// <summary>The same count with the time it was counted, for screens that show its age ("as of 14:05").</summary>
    Task<ReadyCount> GetReadyCountAsOfAsync(int storeId = 0);

    /// <summary>The ids of the <paramref name="count"/> oldest orders matching the filter.</summary>
    Task<IList<int>> GetOldestOrderIdsAsync(PackingQueueFilter filter, int count);
}
