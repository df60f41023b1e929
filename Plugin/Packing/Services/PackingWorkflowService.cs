using Keys = Nop.Plugin.Misc.MerchantOps.Packing.Domain.PackingResourceKeys;
using Nop.Core;
using Nop.Core.Caching;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Packing.Data;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;
using Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;
using Nop.Services.Customers;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Services;

/// <summary>
/// Transitions of batches and of their orders: the entity decides whether the change is allowed, the database
/// whether nobody changed the row meanwhile, the audit trail records who did it.
/// </summary>
public class PackingWorkflowService : IPackingWorkflowService
{
    private readonly PackingAudit _audit;
    private readonly IRepository<PackingBatchItem> _batchItems;
    private readonly IRepository<PackingBatchOrder> _batchOrders;
    private readonly IRepository<PackingBatch> _batches;
    private readonly ICustomerService _customerService;
    private readonly PackingBatchQuery _queries;
    private readonly IStaticCacheManager _staticCacheManager;
    private readonly TimeProvider _timeProvider;
    private readonly IWorkContext _workContext;

    public PackingWorkflowService(PackingAudit audit,
        IRepository<PackingBatchItem> batchItems,
        IRepository<PackingBatchOrder> batchOrders,
        IRepository<PackingBatch> batches,
        ICustomerService customerService,
        PackingBatchQuery queries,
        IStaticCacheManager staticCacheManager,
        TimeProvider timeProvider,
        IWorkContext workContext)
    {
        _audit = audit;
        _batchItems = batchItems;
        _batchOrders = batchOrders;
        _batches = batches;
        _customerService = customerService;
        _queries = queries;
        _staticCacheManager = staticCacheManager;
        _timeProvider = timeProvider;
        _workContext = workContext;
    }

    public virtual async Task<PackingResult> AssignAsync(int batchId, int assigneeCustomerId)
    {
        if (assigneeCustomerId != 0)
        {
            // A vendor assigns only their own staff, the shop's staff only the shop's own: another vendor's staff could not see the batch.
            var assignee = await _customerService.GetCustomerByIdAsync(assigneeCustomerId);
            var actor = await PackingActor.CurrentAsync(_workContext);
            if (assignee is null || assignee.Deleted || (assignee.Id != actor.CustomerId && assignee.VendorId != actor.VendorId))
                return PackingResult.Refused(Keys.Batch.UnknownAssignee);
        }

        return await ChangeBatchAsync(batchId, (batch, _, _) => batch.AssignTo(assigneeCustomerId),
            PackingEventType.BatchAssigned, Keys.Batch.Assigned, $"{assigneeCustomerId}");
    }

    public virtual Task<PackingResult> StartPickingAsync(int batchId) =>
        ChangeBatchAsync(batchId, (batch, actor, now) => batch.StartPicking(actor.CustomerId, now),
            PackingEventType.PickingStarted, Keys.Batch.PickingStarted);

    public virtual Task<PackingResult> StartPackingAsync(int batchId) =>
        ChangeBatchAsync(batchId, (batch, actor, now) => batch.StartPacking(actor.CustomerId, now),
            PackingEventType.PackingStarted, Keys.Batch.PackingStarted);

    public virtual async Task<PackingResult> FinishAsync(int batchId)
    {
        var (held, _) = await _queries.OpenWorkAsync(batchId);
        return await ChangeBatchAsync(batchId, (batch, _, now) => batch.Finish(held, now), PackingEventType.BatchDone, Keys.Batch.Finished);
    }

    public virtual async Task<PackingResult> CancelAsync(int batchId, bool mayCancelOthersClaims)
    {
        var (_, shipmentsInProgress) = await _queries.OpenWorkAsync(batchId);
        var result = await ChangeBatchAsync(batchId, (batch, actor, now) =>
        {
            if (!mayCancelOthersClaims && batch.IsClaimedByAnotherThan(actor.CustomerId))
                throw new PackingRuleException(Keys.Batch.ClaimedByAnother);
            batch.Cancel(shipmentsInProgress, now);
        }, PackingEventType.BatchCancelled, Keys.Batch.Cancelled);

        if (result.Succeeded)
            await ReleaseOrdersAsync(batchId);

        return result;
    }

    public virtual Task<PackingResult> SkipOrderAsync(int batchOrderId, PackingSkipReason reason, string note = null) =>
        ChangeOrderAsync(batchOrderId, order => order.Skip(reason, note), PackingEventType.OrderSkipped, Keys.Order.Skipped);

    public virtual Task<PackingResult> RemoveOrderAsync(int batchOrderId) =>
        ChangeOrderAsync(batchOrderId, order => order.Remove(), PackingEventType.OrderRemoved, Keys.Order.Removed);

    public virtual Task<PackingResult> FlagProblemAsync(int batchOrderId, string note)
    {
        if (string.IsNullOrWhiteSpace(note))
            return Task.FromResult(PackingResult.Refused(Keys.Order.NoteRequired));

        return ChangeOrderAsync(batchOrderId, order => order.FlagProblem(null, note), PackingEventType.ProblemFlagged, Keys.Order.ProblemFlagged);
    }

    public virtual async Task<PackingResult> ClearProblemAsync(int batchOrderId)
    {
        var allVerified = await _batchItems.Table.Where(item => item.BatchOrderId == batchOrderId)
            .AllAsync(item => item.VerifiedQuantity >= item.Quantity);

        return await ChangeOrderAsync(batchOrderId, order => order.ClearProblem(allVerified), PackingEventType.ProblemCleared, Keys.Order.ProblemCleared);
    }

    private async Task<PackingResult> ChangeBatchAsync(int batchId, Action<PackingBatch, PackingActor, DateTime> change,
        PackingEventType eventType, string doneKey, string note = null)
    {
        var actor = await PackingActor.CurrentAsync(_workContext);
        var batch = await _queries.GetVisibleBatchAsync(batchId, actor);
        if (batch is null)
            return PackingResult.Refused(Keys.Batch.NotFound);

        try
        {
            change(batch, actor, _timeProvider.GetUtcNow().UtcDateTime);
        }
        catch (PackingRuleException exception)
        {
            return PackingResult.Refused(exception.ResourceKey);
        }

        if (!await _batches.SaveIfUnchangedAsync(batch))
            return PackingResult.Refused(Keys.Batch.ChangedMeanwhile);

        await _audit.RecordAsync(actor, eventType, batch.Id, note: note);
        return PackingResult.Done(doneKey);
    }

    private async Task<PackingResult> ChangeOrderAsync(int batchOrderId, Action<PackingBatchOrder> change, PackingEventType eventType, string doneKey)
    {
        var actor = await PackingActor.CurrentAsync(_workContext);
        var (batch, order) = await _queries.GetVisibleOrderAsync(batchOrderId, actor);
        if (order is null)
            return PackingResult.Refused(Keys.Order.NotFound);

        try
        {
            change(order);
        }
        catch (PackingRuleException exception)
        {
            return PackingResult.Refused(exception.ResourceKey);
        }

        if (!await _batchOrders.SaveIfUnchangedAsync(order))
            return PackingResult.Refused(Keys.Batch.ChangedMeanwhile);

        if (!order.HoldsOrder)
            await _batchItems.ReleaseItemsAsync(order.Id);
        await _audit.RecordAsync(actor, eventType, batch.Id, order, order.ProblemResourceKey, order.Note);
        if (!order.HoldsOrder)
            await _staticCacheManager.RemoveByPrefixAsync(MerchantOpsDefaults.Packing.ReadyCountPrefix);

        return PackingResult.Done(doneKey);
    }

    /// <summary>
    /// Puts the cancelled batch's orders back in the queue. An order whose shipping started meanwhile keeps its
    /// row (its save wins) and finishes shipping.
    /// </summary>
    private async Task ReleaseOrdersAsync(int batchId)
    {
        var held = await _batchOrders.Table.Where(row => row.BatchId == batchId && row.ActiveOrderId > 0).ToListAsync();
        foreach (var order in held.Where(order => !order.HasUnfinishedShipment && order.Status != PackingOrderStatus.Shipping))
        {
            order.Remove();
            if (await _batchOrders.SaveIfUnchangedAsync(order))
                await _batchItems.ReleaseItemsAsync(order.Id);
        }

        await _staticCacheManager.RemoveByPrefixAsync(MerchantOpsDefaults.Packing.ReadyCountPrefix);
    }
}
