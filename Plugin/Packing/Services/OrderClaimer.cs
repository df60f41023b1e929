using System.Data.Common;
using System.Transactions;
using Keys = Nop.Plugin.Misc.MerchantOps.Packing.Domain.PackingResourceKeys;
using Nop.Core.Caching;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Packing.Data;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;
using Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;
using Nop.Services.Configuration;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Services;

/// <summary>
/// Puts orders into a batch, one claim row per order with its items, in one short read-committed transaction: the
/// candidates are locked with the database's "skip what another claimer is locking" (<see cref="ClaimLocks"/>), the
/// ones a conflicting batch already holds are dropped (<see cref="ReadyOrdersQuery.HeldAgainst"/>: any for store staff;
/// for a vendor, only their own and the staff's), the rest are allocated (a vendor's batch: only their items) and
/// inserted. Packers asking at the same instant thus walk past each other's candidates instead of colliding on them.
/// The unique index on the items' ActiveOrderItemId stays the final judge (no item in two active batches; a staff
/// batch takes every item, so it collides with any vendor's): where the database cannot skip locked rows (SQLite, MariaDB before 10.6) or in the rare case the lock
/// came just after another claimer's commit, the insert fails, is rolled back, and the orders are claimed one by
/// one so only the held ones are refused.
/// </summary>
public class OrderClaimer
{
    private readonly IRepository<PackingBatchItem> _batchItems;
    private readonly IRepository<PackingBatchOrder> _batchOrders;
    private readonly INopDataProvider _dataProvider;
    private readonly BatchItemAllocator _allocator;
    private readonly ReadyOrdersQuery _readyOrders;
    private readonly ISettingService _settingService;
    private readonly IStaticCacheManager _staticCacheManager;
    private readonly TimeProvider _timeProvider;

    public OrderClaimer(IRepository<PackingBatchItem> batchItems,
        IRepository<PackingBatchOrder> batchOrders,
        INopDataProvider dataProvider,
        BatchItemAllocator allocator,
        ReadyOrdersQuery readyOrders,
        ISettingService settingService,
        IStaticCacheManager staticCacheManager,
        TimeProvider timeProvider)
    {
        _batchItems = batchItems;
        _batchOrders = batchOrders;
        _dataProvider = dataProvider;
        _allocator = allocator;
        _readyOrders = readyOrders;
        _settingService = settingService;
        _staticCacheManager = staticCacheManager;
        _timeProvider = timeProvider;
    }

    /// <summary>The requested orders that are ready to pack, oldest first, with their store.</summary>
    public virtual async Task<IList<(int OrderId, int StoreId)>> ReadyAmongAsync(IReadOnlyCollection<int> orderIds, int storeId, int vendorId)
    {
        var settings = await _settingService.LoadSettingAsync<MerchantOpsSettings>(storeId);
        var ids = orderIds.ToArray();
        var rows = await _readyOrders.Build(new PackingQueueFilter(), vendorId, settings, _timeProvider.GetUtcNow().UtcDateTime)
            .Where(o => ids.Contains(o.Id))
            .OrderBy(o => o.CreatedOnUtc).ThenBy(o => o.Id)
            .Select(o => new { o.Id, o.StoreId })
            .ToListAsync();

        return rows.Select(row => (row.Id, row.StoreId)).ToList();
    }

    /// <summary>
    /// Why each of these orders, which are not ready to pack for this batch, was left out: the first reason that
    /// applies (<see cref="ReadyOrdersQuery.RefusalReason"/>), never a bare "not ready" when a precise one is known.
    /// </summary>
    public virtual async Task<IList<RefusedOrder>> ExplainRefusalsAsync(IEnumerable<int> orderIds, int batchId = 0, int vendorId = 0)
    {
        var ids = orderIds.Distinct().ToArray();
        if (ids.Length == 0)
            return [];

        var settings = await _settingService.LoadSettingAsync<MerchantOpsSettings>();
        var facts = await _readyOrders.RefusalFactsAsync(ids, vendorId);
        var held = await _readyOrders.HeldAgainst(vendorId).Where(row => ids.Contains(row.ActiveOrderId))
            .Select(row => new { row.OrderId, row.BatchId }).ToListAsync();
        // Several batches may hold one order (vendors side by side): this batch first, then the oldest.
        var heldBy = held.GroupBy(row => row.OrderId)
            .ToDictionary(group => group.Key, group => group.Any(row => row.BatchId == batchId) ? batchId : group.Min(row => row.BatchId));
        return ids.Select(id => new RefusedOrder(id, ReadyOrdersQuery.RefusalReason(facts.GetValueOrDefault(id), heldBy.TryGetValue(id, out var holder) ? holder : null,
            batchId, vendorId, settings))).ToList();
    }

    /// <param name="orderIds">Ready orders, oldest first.</param>
    /// <returns>The orders claimed, and those another batch took first or that have nothing left to pack.</returns>
    public virtual async Task<(List<int> Claimed, List<RefusedOrder> Refused)> ClaimAsync(PackingBatch batch, IReadOnlyList<int> orderIds, int firstDisplayOrder)
    {
        var served = false;
        var outcome = await ClaimAsync(batch, orderIds.Count, firstDisplayOrder, _ =>
        {
            IReadOnlyList<int> next = served ? [] : orderIds;
            served = true;
            return Task.FromResult(next);
        });
        return (outcome.Claimed, outcome.Refused);
    }

    /// <summary>
    /// Claims up to <paramref name="wanted"/> orders taken from <paramref name="nextCandidates"/> (given how many are
    /// still wanted, the next ready orders, oldest first, none given twice; empty when there are no more). Candidates
    /// another claimer is locking at this moment, or that another batch took since they were read, are passed over
    /// (refused as <see cref="Keys.Claim.TakenMeanwhile"/>) and the next ones are asked for, so a packer asking for N
    /// gets N while N more are ready, whatever the others do.
    /// </summary>
    public virtual async Task<ClaimOutcome> ClaimAsync(PackingBatch batch, int wanted, int firstDisplayOrder, Func<int, Task<IReadOnlyList<int>>> nextCandidates)
    {
        var refused = new List<RefusedOrder>();
        var chosen = new List<int>();
        var plan = new Dictionary<int, List<PackingBatchItem>>();
        var windows = 0;
        List<int> claimed;

        try
        {
            // Read committed: each statement sees what other claimers committed before it started. Not
            // IRepository.InsertAsync(list), whose serializable transaction PostgreSQL aborts when packers create
            // batches at the same moment.
            using var transaction = new TransactionScope(TransactionScopeOption.Required,
                new TransactionOptions { IsolationLevel = IsolationLevel.ReadCommitted }, TransactionScopeAsyncFlowOption.Enabled);

            while (chosen.Count < wanted)
            {
                var candidates = await nextCandidates(wanted - chosen.Count);
                if (candidates.Count == 0)
                    break;
                windows++;

                // Locked first, then checked: a claimer that committed before this lock was granted is seen by the
                // check, a statement started after it.
                var locked = await ClaimLocks.TryLockAsync(_dataProvider, candidates, batch.VendorId) ?? candidates;
                var lockedSet = locked.ToHashSet();
                var held = await HeldAmongAsync(locked, batch.VendorId);
                var free = candidates.Where(id => lockedSet.Contains(id) && !held.Contains(id)).ToList();
                refused.AddRange(candidates.Where(id => !free.Contains(id)).Select(id => new RefusedOrder(id, Keys.Claim.TakenMeanwhile)));

                if (free.Count == 0)
                    continue;
                await _batchItems.ReleaseStaleItemsAsync(_batchOrders, free);
                var planned = await _allocator.AllocateAsync(free, batch.VendorId);
                refused.AddRange(await NothingToPackAsync(free.Where(id => !planned.ContainsKey(id)).ToList(), batch.VendorId));
                foreach (var orderId in free.Where(planned.ContainsKey))
                {
                    chosen.Add(orderId);
                    plan[orderId] = planned[orderId];
                }
            }

            if (chosen.Count > 0)
                await InsertAllAsync(chosen.Select((orderId, index) => PackingBatchOrder.Claim(batch.Id, orderId, firstDisplayOrder + index, Now)).ToList(), plan);

            transaction.Complete();
            claimed = chosen;
        }
        catch (DbException) when (chosen.Count > 0)
        {
            // Rolled back: the unique index found an item another batch holds (or, on SQL Server and MySQL, where
            // the bulk insert numbers rows from MAX(Id), another insert took the same ids). Order by order finds
            // which, and throws any other database error.
            await RemoveLeftoversAsync(batch.Id, chosen);
            claimed = [];
            foreach (var orderId in chosen)
                if (await TryClaimAsync(PackingBatchOrder.Claim(batch.Id, orderId, firstDisplayOrder + claimed.Count, Now), plan[orderId], batch.VendorId))
                    claimed.Add(orderId);
                else
                    refused.Add(new RefusedOrder(orderId, Keys.Claim.TakenMeanwhile));
        }

        if (claimed.Count > 0)
            await _staticCacheManager.RemoveByPrefixAsync(MerchantOpsDefaults.Packing.ReadyCountPrefix);

        return new ClaimOutcome(claimed, refused, windows);
    }

    private DateTime Now => _timeProvider.GetUtcNow().UtcDateTime;

    /// <summary>The orders a batch of this vendor (0: the store's staff) cannot take: see <see cref="ReadyOrdersQuery.HeldAgainst"/>.</summary>
    private async Task<HashSet<int>> HeldAmongAsync(IReadOnlyList<int> orderIds, int vendorId)
    {
        var ids = orderIds.ToArray();
        return ids.Length == 0 ? [] : (await _readyOrders.HeldAgainst(vendorId).Where(row => ids.Contains(row.ActiveOrderId))
            .Select(row => row.ActiveOrderId).ToListAsync()).ToHashSet();
    }

    /// <summary>Orders with no item left to pack: nothing shippable at all, or everything already in shipments.</summary>
    private async Task<IEnumerable<RefusedOrder>> NothingToPackAsync(IReadOnlyList<int> orderIds, int vendorId)
    {
        if (orderIds.Count == 0)
            return [];

        var withShippable = await _readyOrders.WithShippableItemsAsync(orderIds, vendorId);
        return orderIds.Select(id => new RefusedOrder(id, withShippable.Contains(id) ? Keys.Claim.NothingToPack
            : vendorId > 0 ? Keys.Claim.NothingForVendor : Keys.Claim.NothingShippable));
    }

    /// <summary>
    /// Every claim and its items with nopCommerce's bulk insert (on PostgreSQL: the ids reserved in one statement, the
    /// rows copied in another), whatever the number of orders, in the caller's transaction, orders in id order (two
    /// claimers of the same orders wait for each other instead of deadlocking).
    /// </summary>
    private async Task InsertAllAsync(List<PackingBatchOrder> claims, IReadOnlyDictionary<int, List<PackingBatchItem>> plan)
    {
        var ordered = claims.OrderBy(claim => claim.OrderId).ToList();
        await ClaimLocks.SerializeBulkInsertsAsync(_dataProvider);
        await _dataProvider.BulkInsertEntitiesAsync(ordered);
        var items = ordered.SelectMany(claim => plan[claim.OrderId].Select(item =>
        {
            (item.BatchId, item.BatchOrderId) = (claim.BatchId, claim.Id);
            return item;
        })).ToList();
        await _dataProvider.BulkInsertEntitiesAsync(items);
    }

    /// <summary>
    /// Claims of a refused all-at-once attempt that the database kept anyway (seen on SQLite, which has no
    /// ambient transaction: the batch's own claims were there after the attempt failed): left there, they would make
    /// the order-by-order claim refuse this batch's own orders as taken, and the batch, left empty and deleted, would
    /// take them along, so the orders would end in no batch. Their items go with them (cascade).
    /// </summary>
    private async Task RemoveLeftoversAsync(int batchId, List<int> orderIds)
    {
        var ids = orderIds.ToArray();
        foreach (var leftover in await _batchOrders.Table.Where(row => row.BatchId == batchId && ids.Contains(row.OrderId)).ToListAsync())
            await _batchOrders.DeleteAsync(leftover, publishEvent: false);
    }

    private async Task<bool> TryClaimAsync(PackingBatchOrder claim, List<PackingBatchItem> items, int vendorId)
    {
        await _batchOrders.InsertAsync(claim, publishEvent: false);

        try
        {
            // One row at a time: nopCommerce runs list inserts in a serializable transaction, which PostgreSQL
            // aborts when packers create batches at the same moment.
            foreach (var item in items)
            {
                (item.BatchId, item.BatchOrderId) = (claim.BatchId, claim.Id);
                await _batchItems.InsertAsync(item, publishEvent: false);
            }

            return true;
        }
        catch (Exception exception)
        {
            // A claim without its items would be an order nobody can pack: give the order back (its items go
            // with it, by the foreign key's cascade).
            await _batchOrders.DeleteAsync(claim, publishEvent: false);
            // Another claimer won an item's unique key: the order was taken meanwhile, even when that claimer has
            // already given it back (two claimers of one order can each hold an item the other wants, and both give
            // up). Every engine names the guard's column or index (ActiveOrderItemId) in its message. Any other
            // database error is not ours to hide.
            if (exception is DbException && (LostItemGuard(exception) || await IsHeldAsync(claim.OrderId, vendorId)))
                return false;
            throw;
        }
    }

    private static bool LostItemGuard(Exception exception) =>
        exception.Message.Contains(nameof(PackingBatchItem.ActiveOrderItemId), StringComparison.OrdinalIgnoreCase);

    private Task<bool> IsHeldAsync(int orderId, int vendorId) =>
        _readyOrders.HeldAgainst(vendorId).AnyAsync(row => row.ActiveOrderId == orderId);
}

/// <summary>What a claim did: the orders claimed (in packing order), those left out with their reason, and how many
/// windows of candidates it looked at (1 when nobody else was claiming).</summary>
public sealed record ClaimOutcome(List<int> Claimed, List<RefusedOrder> Refused, int Windows);
