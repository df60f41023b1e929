using Keys = Nop.Plugin.Misc.MerchantOps.Packing.Domain.PackingResourceKeys;
using Nop.Core;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Packing.Data;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;
using Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;
using Nop.Services.Configuration;
using Nop.Services.Customers;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Services;

/// <summary>Creates batches from a selection or from the oldest ready orders, and reads them.</summary>
public class PackingBatchService : IPackingBatchService
{
    /// <summary>Where the database cannot skip locked rows, "next N oldest" tries again when racing packers took some of the candidates.</summary>
    private const int MaxClaimRounds = 5;

    private readonly PackingAudit _audit;
    private readonly IRepository<PackingBatch> _batches;
    private readonly OrderClaimer _claimer;
    private readonly ICustomerService _customerService;
    private readonly PackingBatchQuery _queries;
    private readonly ReadyOrdersQuery _readyOrders;
    private readonly ISettingService _settingService;
    private readonly TimeProvider _timeProvider;
    private readonly IWorkContext _workContext;

    public PackingBatchService(PackingAudit audit,
        IRepository<PackingBatch> batches,
        OrderClaimer claimer,
        ICustomerService customerService,
        PackingBatchQuery queries,
        ReadyOrdersQuery readyOrders,
        ISettingService settingService,
        TimeProvider timeProvider,
        IWorkContext workContext)
    {
        _audit = audit;
        _batches = batches;
        _claimer = claimer;
        _customerService = customerService;
        _queries = queries;
        _readyOrders = readyOrders;
        _settingService = settingService;
        _timeProvider = timeProvider;
        _workContext = workContext;
    }

    public virtual async Task<CreateBatchResult> CreateFromSelectionAsync(IReadOnlyCollection<int> orderIds, string name = null, int assigneeCustomerId = 0)
    {
        var ids = (orderIds ?? []).Where(id => id > 0).Distinct().ToList();
        if (CheckCount(ids.Count) is { } refusal)
            return CreateBatchResult.Refused(refusal);

        var actor = await PackingActor.CurrentAsync(_workContext);
        var (ready, notReady) = await ClaimSelectionAsync(ids, actor, 0);
        var served = false;
        return await CreateAsync(actor, name, assigneeCustomerId, 0, ids.Count, notReady, _ =>
        {
            // The selection is claimed once: what is refused stays refused.
            IList<(int OrderId, int StoreId)> next = served ? [] : ready;
            served = true;
            return Task.FromResult(next);
        });
    }

    public virtual async Task<CreateBatchResult> CreateFromOldestAsync(PackingQueueFilter filter, int count = 0, string name = null, int assigneeCustomerId = 0)
    {
        filter ??= new PackingQueueFilter();
        var settings = await _settingService.LoadSettingAsync<MerchantOpsSettings>(filter.StoreId);
        count = count == 0 ? settings.PackingDefaultBatchSize : count;
        if (CheckCount(count) is { } refusal)
            return CreateBatchResult.Refused(refusal);

        var actor = await PackingActor.CurrentAsync(_workContext);
        var tried = new HashSet<int>();
        IList<(int OrderId, int StoreId)> sorted = null;
        var read = false;
        return await CreateAsync(actor, name, assigneeCustomerId, filter.StoreId, count, [], async wanted =>
        {
            // The ready orders sorted in memory are read once per call; the claimer passes over those taken since.
            if (!read)
                (sorted, read) = (await OldestInMemoryAsync(filter, actor, settings), true);
            var candidates = sorted != null
                ? sorted.Where(key => !tried.Contains(key.OrderId)).Take(wanted).ToList()
                : await OldestInDatabaseAsync(filter, actor, settings, wanted, tried);
            tried.UnionWith(candidates.Select(c => c.OrderId));
            return candidates;
        });
    }

    public virtual async Task<CreateBatchResult> AddOrdersAsync(int batchId, IReadOnlyCollection<int> orderIds)
    {
        var actor = await PackingActor.CurrentAsync(_workContext);
        var batch = await _queries.GetVisibleBatchAsync(batchId, actor);
        if (batch is null)
            return CreateBatchResult.Refused(Keys.Batch.NotFound);
        if (batch.State is not (PackingBatchState.Open or PackingBatchState.Picking))
            return CreateBatchResult.Refused(Keys.Batch.CannotAddOrders);

        var ids = (orderIds ?? []).Where(id => id > 0).Distinct().ToList();
        var existing = (await _queries.OrderRowsAsync(batch.Id)).Count;
        if ((CheckCount(ids.Count) ?? CheckCount(existing + ids.Count)) is { } refusal)
            return CreateBatchResult.Refused(refusal);

        var (ready, notReady) = await ClaimSelectionAsync(ids, actor, batch.Id);
        var (claimed, refused) = await _claimer.ClaimAsync(batch, ready.Select(r => r.OrderId).ToList(), existing);
        refused.InsertRange(0, notReady);
        return new CreateBatchResult(claimed.Count > 0, claimed.Count > 0 ? Keys.Batch.OrdersAdded : Keys.Batch.NoOrderClaimed, batch.Id, claimed, refused);
    }

    public virtual async Task<IPagedList<PackingBatchSummary>> SearchBatchesAsync(PackingBatchSearch search, int pageIndex = 0, int pageSize = 20)
    {
        search ??= new PackingBatchSearch();
        var actor = await PackingActor.CurrentAsync(_workContext);
        var query = _queries.VisibleBatches(actor);
        if (search.State is { } state)
            query = query.Where(b => b.StateId == (int)state);
        if (search.OpenOnly)
            query = query.Where(b => b.StateId != (int)PackingBatchState.Done && b.StateId != (int)PackingBatchState.Cancelled);
        if (search.StoreId > 0)
            query = query.Where(b => b.StoreId == search.StoreId);
        if (search.AssigneeCustomerId > 0)
            query = query.Where(b => b.AssigneeCustomerId == search.AssigneeCustomerId);

        var page = await query.OrderByDescending(b => b.Id).ToPagedListAsync(Math.Max(0, pageIndex), Math.Clamp(pageSize, 1, 500));
        var progress = await _queries.ProgressAsync(page.Select(b => b.Id).ToList());
        var summaries = page.Select(b => PackingBatchQuery.Summary(b, progress[b.Id])).ToList();
        return new PagedList<PackingBatchSummary>(summaries, page.PageIndex, page.PageSize, page.TotalCount);
    }

    public virtual async Task<PackingBatchDetails> GetBatchAsync(int batchId)
    {
        var actor = await PackingActor.CurrentAsync(_workContext);
        var batch = await _queries.GetVisibleBatchAsync(batchId, actor);
        if (batch is null)
            return null;

        var rows = await _queries.OrderRowsAsync(batch.Id);
        var progress = PackingBatchQuery.Progress(rows.Select(row => (row.Status, 1)));
        return new PackingBatchDetails(PackingBatchQuery.Summary(batch, progress), rows);
    }

    public virtual async Task<OrderBatchPlacement> FindOrderBatchAsync(int orderId)
    {
        if (orderId <= 0)
            return null;

        var actor = await PackingActor.CurrentAsync(_workContext);
        var (batch, row) = await _queries.LatestVisibleBatchOfOrderAsync(orderId, actor);
        return row is null
            ? null
            : new OrderBatchPlacement(batch.Id, batch.Name, batch.State, row.Id, row.Status, row.Note, row.ProblemResourceKey, row.ShippedOnUtc, row.HoldsOrder);
    }

    private static string CheckCount(int count) =>
        count <= 0 ? Keys.Batch.NoOrders : count > PackingLimits.MaxOrdersPerBatch ? Keys.Batch.TooManyOrders : null;

    /// <param name="refusedBefore">Orders already left out, with their reason, before claiming.</param>
    /// <param name="nextCandidates">Given how many orders are still wanted: the next ready orders to claim, oldest first,
    /// none given twice; empty when there are no more.</param>
    private async Task<CreateBatchResult> CreateAsync(PackingActor actor, string name, int assigneeCustomerId, int storeId, int wanted,
        IList<RefusedOrder> refusedBefore, Func<int, Task<IList<(int OrderId, int StoreId)>>> nextCandidates)
    {
        if (assigneeCustomerId != 0 && await _customerService.GetCustomerByIdAsync(assigneeCustomerId) is null)
            return CreateBatchResult.Refused(Keys.Batch.UnknownAssignee, [.. refusedBefore]);

        PackingBatch batch;
        try
        {
            batch = PackingBatch.Create(name, storeId, actor.VendorId, actor.CustomerId, assigneeCustomerId, _timeProvider.GetUtcNow().UtcDateTime);
        }
        catch (PackingRuleException exception)
        {
            return CreateBatchResult.Refused(exception.ResourceKey, [.. refusedBefore]);
        }

        await _batches.InsertAsync(batch, publishEvent: false);
        var (claimed, refused, storeOf) = (new List<int>(), new List<RefusedOrder>(refusedBefore), new Dictionary<int, int>());
        async Task<IReadOnlyList<int>> NextAsync(int stillWanted)
        {
            var next = await nextCandidates(stillWanted);
            foreach (var (orderId, orderStoreId) in next)
                storeOf[orderId] = orderStoreId;
            return next.Select(candidate => candidate.OrderId).ToList();
        }

        // One round claims them all where the database skips locked rows; where it cannot, a round that lost races on
        // the unique index ends short and the next round goes on with the next candidates.
        for (var round = 0; round < MaxClaimRounds && claimed.Count < wanted; round++)
        {
            var outcome = await _claimer.ClaimAsync(batch, wanted - claimed.Count, claimed.Count, NextAsync);
            claimed.AddRange(outcome.Claimed);
            refused.AddRange(outcome.Refused);
            if (outcome.Windows == 0)
                break;
        }

        // An order refused in one round and claimed in a later one is in the batch: it is not reported.
        refused.RemoveAll(order => claimed.Contains(order.OrderId));
        return await ConcludeAsync(batch, actor, claimed, refused, claimed.Select(orderId => storeOf[orderId]).ToHashSet());
    }

    private async Task<CreateBatchResult> ConcludeAsync(PackingBatch batch, PackingActor actor, List<int> claimed, List<RefusedOrder> refused, HashSet<int> stores)
    {
        if (claimed.Count == 0)
        {
            await _batches.DeleteAsync(batch, publishEvent: false);
            return CreateBatchResult.Refused(Keys.Batch.NoOrderClaimed, refused);
        }

        if (batch.StoreId == 0 && stores.Count == 1)
        {
            batch.StoreId = stores.Single();
            await _batches.UpdateAsync(batch, publishEvent: false);
        }

        await _audit.RecordAsync(actor, PackingEventType.BatchCreated, batch.Id, note: $"{claimed.Count}");
        return new CreateBatchResult(true, Keys.Batch.Created, batch.Id, claimed, refused);
    }

    /// <summary>The selected orders ready to pack (oldest first), and the others with the reason each is left out.</summary>
    private async Task<(IList<(int OrderId, int StoreId)> Ready, IList<RefusedOrder> Refused)> ClaimSelectionAsync(IReadOnlyList<int> ids, PackingActor actor, int batchId)
    {
        var ready = await _claimer.ReadyAmongAsync(ids, 0, actor.VendorId);
        var refused = await _claimer.ExplainRefusalsAsync(ids.Except(ready.Select(r => r.OrderId)), batchId, actor.VendorId);
        return (ready, refused);
    }

    /// <summary>
    /// Every ready order, oldest first, when there are at most <see cref="MaxSortedInMemory"/> (as the queue does: asked
    /// for "the oldest N", the database would walk the store's orders from the oldest one); otherwise null.
    /// </summary>
    private async Task<IList<(int OrderId, int StoreId)>> OldestInMemoryAsync(PackingQueueFilter filter, PackingActor actor, MerchantOpsSettings settings) =>
        await _readyOrders.OldestFirstInMemoryAsync(_readyOrders.Build(filter, actor.VendorId, settings, _timeProvider.GetUtcNow().UtcDateTime), MaxSortedInMemory);

    /// <summary>The oldest ready orders not tried yet, sorted by the database (past <see cref="MaxSortedInMemory"/>).</summary>
    private async Task<IList<(int OrderId, int StoreId)>> OldestInDatabaseAsync(PackingQueueFilter filter, PackingActor actor, MerchantOpsSettings settings, int wanted, HashSet<int> tried)
    {
        var rows = await _readyOrders.OldestFirstInDatabase(filter, actor.VendorId, settings, _timeProvider.GetUtcNow().UtcDateTime, wanted, tried)
            .Select(o => new { o.Id, o.StoreId })
            .ToListAsync();

        return rows.Select(row => (row.Id, row.StoreId)).ToList();
    }

    /// <summary>See <see cref="PackingLimits.MaxQueueSortedInMemory"/>.</summary>
    protected virtual int MaxSortedInMemory => PackingLimits.MaxQueueSortedInMemory;
}
