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
/// Puts orders into a batch, one claim row per order. The unique index on ActiveOrderId decides races: the insert of
/// the second claimer fails, and that order is reported to them as taken meanwhile (an order already held when it
/// was looked at is reported, by <see cref="ExplainRefusalsAsync"/>, as already in a batch). All the orders are claimed
/// at once; when the database refuses that, they are claimed one by one, so only the held orders are refused.
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

    /// <summary>Why each order that is not ready was not taken: held by a batch, or simply not ready (any more).</summary>
    public virtual async Task<IList<RefusedOrder>> ExplainRefusalsAsync(IEnumerable<int> orderIds)
    {
        var ids = orderIds.ToArray();
        if (ids.Length == 0)
            return [];

        var held = await _batchOrders.Table.Where(row => row.ActiveOrderId > 0 && ids.Contains(row.OrderId)).Select(row => row.OrderId).ToListAsync();
        return ids.Select(id => new RefusedOrder(id, held.Contains(id) ? Keys.Claim.AlreadyInBatch : Keys.Claim.NotReady)).ToList();
    }

    /// <param name="orderIds">Ready orders, oldest first.</param>
    /// <returns>The orders claimed, and those another batch took first or that have nothing left to pack.</returns>
    public virtual async Task<(List<int> Claimed, List<RefusedOrder> Refused)> ClaimAsync(PackingBatch batch, IReadOnlyList<int> orderIds, int firstDisplayOrder)
    {
        var plan = await _allocator.AllocateAsync(orderIds, batch.VendorId);
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var toClaim = orderIds.Where(plan.ContainsKey).ToList();
        var claimed = new List<int>();
        var taken = new HashSet<int>();

        if (toClaim.Count > 0 && await TryClaimAllAsync(toClaim.Select((orderId, index) => PackingBatchOrder.Claim(batch.Id, orderId, firstDisplayOrder + index, now)).ToList(), plan))
            claimed.AddRange(toClaim);
        else
        {
            // Another batch holds one of them: order by order, so that only the orders it holds are refused.
            foreach (var orderId in toClaim)
                if (await TryClaimAsync(PackingBatchOrder.Claim(batch.Id, orderId, firstDisplayOrder + claimed.Count, now), plan[orderId]))
                    claimed.Add(orderId);
                else
                    taken.Add(orderId);
        }

        if (claimed.Count > 0)
            await _staticCacheManager.RemoveByPrefixAsync(MerchantOpsDefaults.Packing.ReadyCountPrefix);

        var refused = orderIds.Where(orderId => !plan.ContainsKey(orderId) || taken.Contains(orderId))
            .Select(orderId => new RefusedOrder(orderId, taken.Contains(orderId) ? Keys.Claim.TakenMeanwhile : Keys.Claim.NothingToPack))
            .ToList();
        return (claimed, refused);
    }

    /// <summary>
    /// Every claim and its items in one transaction, with nopCommerce's bulk insert (on PostgreSQL: the ids reserved in
    /// one statement, the rows copied in another), whatever the number of orders. False, with nothing saved, when the
    /// database refuses them: the unique index found an order already held by another batch (or, on SQL Server and
    /// MySQL, where the bulk insert numbers rows from MAX(Id), another insert took the same ids).
    /// </summary>
    private async Task<bool> TryClaimAllAsync(List<PackingBatchOrder> claims, IReadOnlyDictionary<int, List<PackingBatchItem>> plan)
    {
        try
        {
            // Not IRepository.InsertAsync(list), whose serializable transaction PostgreSQL aborts when packers create
            // batches at the same moment: read committed.
            using var transaction = new TransactionScope(TransactionScopeOption.Required,
                new TransactionOptions { IsolationLevel = IsolationLevel.ReadCommitted }, TransactionScopeAsyncFlowOption.Enabled);

            // In order id order, so two claimers of the same orders wait for each other instead of deadlocking.
            var ordered = claims.OrderBy(claim => claim.OrderId).ToList();
            await _dataProvider.BulkInsertEntitiesAsync(ordered);
            var items = ordered.SelectMany(claim => plan[claim.OrderId].Select(item =>
            {
                (item.BatchId, item.BatchOrderId) = (claim.BatchId, claim.Id);
                return item;
            })).ToList();
            await _dataProvider.BulkInsertEntitiesAsync(items);

            transaction.Complete();
            return true;
        }
        catch (DbException)
        {
            // Rolled back. Claiming order by order finds which orders are held, and throws any other database error.
            await RemoveLeftoversAsync(claims);
            return false;
        }
    }

    /// <summary>
    /// Claims of a refused all-at-once attempt that the database kept anyway (seen on SQLite under a race: the
    /// batch's own claims were there after the attempt failed): left there, they would make the order-by-order claim
    /// refuse this batch's own orders as taken, and the batch, left empty and deleted, would take them along, so the
    /// orders would end in no batch. Their items go with them (cascade).
    /// </summary>
    private async Task RemoveLeftoversAsync(List<PackingBatchOrder> claims)
    {
        var batchId = claims[0].BatchId;
        var orderIds = claims.Select(claim => claim.OrderId).ToArray();
        foreach (var leftover in await _batchOrders.Table.Where(row => row.BatchId == batchId && orderIds.Contains(row.OrderId)).ToListAsync())
            await _batchOrders.DeleteAsync(leftover, publishEvent: false);
    }

    private async Task<bool> TryClaimAsync(PackingBatchOrder claim, List<PackingBatchItem> items)
    {
        try
        {
            await _batchOrders.InsertAsync(claim, publishEvent: false);
        }
        catch (DbException)
        {
            // Another claimer won the unique key; any other database error is not ours to hide.
            if (await IsHeldAsync(claim.OrderId))
                return false;
            throw;
        }

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
        catch
        {
            // A claim without its items would be an order nobody can pack: give the order back (its items go
            // with it, by the foreign key's cascade).
            await _batchOrders.DeleteAsync(claim, publishEvent: false);
            throw;
        }
    }

    private Task<bool> IsHeldAsync(int orderId) =>
        _batchOrders.Table.AnyAsync(row => row.ActiveOrderId == orderId);
}
