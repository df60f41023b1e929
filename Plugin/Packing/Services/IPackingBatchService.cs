using Nop.Core;
using Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Services;

/// <summary>
/// Creating and reading batches. Every order is claimed through the database (one active batch per order): when
/// two packers race for the same orders, each order goes to exactly one of them and the other gets
/// Claim.TakenMeanwhile for it (Claim.AlreadyInBatch when the order was already held when it was looked at).
/// </summary>
public interface IPackingBatchService
{
    /// <summary>A batch of the selected orders (at most PackingLimits.MaxOrdersPerBatch).</summary>
    Task<CreateBatchResult> CreateFromSelectionAsync(IReadOnlyCollection<int> orderIds, string name = null, int assigneeCustomerId = 0);

    /// <summary>A batch of the <paramref name="count"/> oldest orders matching the filter (0 = the PackingDefaultBatchSize setting).</summary>
    Task<CreateBatchResult> CreateFromOldestAsync(PackingQueueFilter filter, int count = 0, string name = null, int assigneeCustomerId = 0);

    /// <summary>Adds orders to a batch that is still open or being picked.</summary>
    Task<CreateBatchResult> AddOrdersAsync(int batchId, IReadOnlyCollection<int> orderIds);

    /// <summary>Batches the current user may see, newest first.</summary>
    Task<IPagedList<PackingBatchSummary>> SearchBatchesAsync(PackingBatchSearch search, int pageIndex = 0, int pageSize = 20);

    /// <summary>The batch with its orders in packing order; null when it does not exist or belongs to another vendor.</summary>
    Task<PackingBatchDetails> GetBatchAsync(int batchId);

    /// <summary>
    /// The latest batch of the order that the current user may see (a vendor: only their own vendor's batches), and
    /// the order's state in it; null when the order was never in such a batch. One query.
    /// </summary>
    Task<OrderBatchPlacement> FindOrderBatchAsync(int orderId);
}
