using Keys = Nop.Plugin.Misc.MerchantOps.Packing.Domain.PackingResourceKeys;
using Nop.Core;
using Nop.Core.Caching;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Packing.Data;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;
using Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;
using Nop.Services.Logging;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Services;

/// <summary>
/// Ships one order of a batch. The ship attempt is claimed first (a conditional save of the batch order), so of
/// two clicks or two tabs only one runs nopCommerce's steps; the other is told it is in progress. Any failure leaves
/// the order in Problem with the error; shipping it again resumes the same attempt.
/// </summary>
public class PackingShipService : IPackingShipService
{
    private readonly PackingAudit _audit;
    private readonly IRepository<PackingBatchItem> _batchItems;
    private readonly IRepository<PackingBatchOrder> _batchOrders;
    private readonly IRepository<PackingBatch> _batches;
    private readonly ILogger _logger;
    private readonly PackingBatchQuery _queries;
    private readonly ShipAttemptRunner _runner;
    private readonly IStaticCacheManager _staticCacheManager;
    private readonly TimeProvider _timeProvider;
    private readonly IWorkContext _workContext;

    public PackingShipService(PackingAudit audit,
        IRepository<PackingBatchItem> batchItems,
        IRepository<PackingBatchOrder> batchOrders,
        IRepository<PackingBatch> batches,
        ILogger logger,
        PackingBatchQuery queries,
        ShipAttemptRunner runner,
        IStaticCacheManager staticCacheManager,
        TimeProvider timeProvider,
        IWorkContext workContext)
    {
        _audit = audit;
        _batchItems = batchItems;
        _batchOrders = batchOrders;
        _batches = batches;
        _logger = logger;
        _queries = queries;
        _runner = runner;
        _staticCacheManager = staticCacheManager;
        _timeProvider = timeProvider;
        _workContext = workContext;
    }

    public virtual async Task<ShipResult> ShipAsync(int batchOrderId, ShipRequest request)
    {
        request ??= new ShipRequest();
        if (CheckRequest(request) is { } refusal)
            return new ShipResult(false, refusal);

        var actor = await PackingActor.CurrentAsync(_workContext);
        var (batch, order) = await _queries.GetVisibleOrderAsync(batchOrderId, actor);
        if (order is null)
            return new ShipResult(false, Keys.Order.NotFound);
        if (order.Status == PackingOrderStatus.Shipped)
            return await AlreadyShippedAsync(order);
        if (batch.State != PackingBatchState.Packing)
        {
            // Shipping the last order finishes the batch: a second click may read the order before and the batch after.
            var current = await _batchOrders.GetByIdAsync(order.Id);
            return current.Status == PackingOrderStatus.Shipped ? await AlreadyShippedAsync(current) : new ShipResult(false, Keys.Batch.NotPacking);
        }

        var attempt = await ClaimAttemptAsync(order, request);
        if (!attempt.Claimed)
            return attempt.Refusal == Keys.Ship.AlreadyShipped
                ? await AlreadyShippedAsync(await _batchOrders.GetByIdAsync(order.Id))
                : new ShipResult(false, attempt.Refusal, order.ShipmentId ?? 0);
        if (attempt.Resumed)
            await _audit.RecordAsync(actor, PackingEventType.ShipResumed, batch.Id, order);

        try
        {
            await _runner.RunAsync(batch, order, () => SaveProgressAsync(order));
        }
        catch (PackingRuleException exception)
        {
            return await FailAsync(actor, batch, order, exception.ResourceKey, null);
        }
        catch (Exception exception)
        {
            await _logger.ErrorAsync($"Merchant Ops: shipping order {order.OrderId} of packing batch {batch.Id} failed. {exception.Message}", exception);
            return await FailAsync(actor, batch, order, Keys.Ship.Failed, exception.Message);
        }

        return await CompleteAsync(actor, batch, order);
    }

    private static string CheckRequest(ShipRequest request)
    {
        if (request.TrackingNumber?.Trim().Length > PackingLimits.MaxTrackingNumberLength)
            return Keys.Ship.TrackingNumberTooLong;
        if (request.TotalWeight is < 0 or > PackingLimits.MaxWeight)
            return Keys.Ship.InvalidWeight;
        return null;
    }

    /// <returns>Whether this request runs the attempt; if not, the key of why; whether an earlier attempt is resumed.</returns>
    private async Task<(bool Claimed, string Refusal, bool Resumed)> ClaimAttemptAsync(PackingBatchOrder order, ShipRequest request)
    {
        bool resumed;
        try
        {
            resumed = order.BeginShipAttempt(_timeProvider.GetUtcNow().UtcDateTime, PackingLimits.ShipAttemptLease);
        }
        catch (PackingRuleException exception)
        {
            return (false, exception.ResourceKey, false);
        }

        // What the packer typed goes into the shipment, unless an earlier attempt already created it.
        if (order.ShipmentId is null)
        {
            order.TrackingNumber = string.IsNullOrWhiteSpace(request.TrackingNumber) ? order.TrackingNumber : request.TrackingNumber.Trim();
            order.TotalWeight = request.TotalWeight ?? order.TotalWeight;
        }

        if (await _batchOrders.SaveIfUnchangedAsync(order))
            return (true, null, resumed);

        // Someone else saved the row first: tell the packer what it is now.
        var current = await _batchOrders.GetByIdAsync(order.Id);
        return current.Status switch
        {
            PackingOrderStatus.Shipped => (false, Keys.Ship.AlreadyShipped, false),
            PackingOrderStatus.Shipping => (false, Keys.Ship.InProgress, false),
            _ => (false, Keys.Batch.ChangedMeanwhile, false)
        };
    }

    private async Task SaveProgressAsync(PackingBatchOrder order)
    {
        if (!await _batchOrders.SaveIfUnchangedAsync(order))
            throw new PackingRuleException(Keys.Ship.InProgress);
    }

    private async Task<ShipResult> CompleteAsync(PackingActor actor, PackingBatch batch, PackingBatchOrder order)
    {
        order.MarkShipped(actor.CustomerId, _timeProvider.GetUtcNow().UtcDateTime);
        if (!await _batchOrders.SaveIfUnchangedAsync(order))
            return new ShipResult(false, Keys.Ship.InProgress, order.ShipmentId ?? 0);

        // Shipped: its items are free for nobody (the allocator skips shipped quantities), but no longer held.
        await _batchItems.ReleaseItemsAsync(order.Id);
        await _audit.RecordAsync(actor, PackingEventType.OrderShipped, batch.Id, order, Keys.Ship.Shipped, order.TrackingNumber);
        await _staticCacheManager.RemoveByPrefixAsync(MerchantOpsDefaults.Packing.ReadyCountPrefix);

        var next = await _queries.NextToPackAsync(batch.Id);
        var done = next is null && await TryFinishAsync(actor, batch.Id);
        return new ShipResult(true, Keys.Ship.Shipped, order.ShipmentId ?? 0, NextBatchOrderId: next?.Id ?? 0, BatchDone: done);
    }

    /// <summary>The last order shipped: the batch is done, unless someone changed it meanwhile.</summary>
    private async Task<bool> TryFinishAsync(PackingActor actor, int batchId)
    {
        var batch = await _batches.GetByIdAsync(batchId);
        var (held, _) = await _queries.OpenWorkAsync(batchId);
        if (batch.State != PackingBatchState.Packing || held > 0)
            return false;

        batch.Finish(held, _timeProvider.GetUtcNow().UtcDateTime);
        if (!await _batches.SaveIfUnchangedAsync(batch))
            return false;

        await _audit.RecordAsync(actor, PackingEventType.BatchDone, batchId);
        return true;
    }

    private async Task<ShipResult> FailAsync(PackingActor actor, PackingBatch batch, PackingBatchOrder order, string resourceKey, string error)
    {
        // Another attempt that took over owns the row now; leave its state alone.
        if (resourceKey != Keys.Ship.InProgress)
        {
            order.FailShipping(resourceKey, error);
            await _batchOrders.SaveIfUnchangedAsync(order);
        }

        await _audit.RecordAsync(actor, PackingEventType.ShipFailed, batch.Id, order, resourceKey, error);
        return new ShipResult(false, resourceKey, order.ShipmentId ?? 0, error);
    }

    private async Task<ShipResult> AlreadyShippedAsync(PackingBatchOrder order)
    {
        var next = await _queries.NextToPackAsync(order.BatchId);
        return new ShipResult(true, Keys.Ship.AlreadyShipped, order.ShipmentId ?? 0, NextBatchOrderId: next?.Id ?? 0);
    }
}
