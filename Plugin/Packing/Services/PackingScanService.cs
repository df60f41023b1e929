using Keys = Nop.Plugin.Misc.MerchantOps.Packing.Domain.PackingResourceKeys;
using Nop.Core;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Packing.Data;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;
using Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Services;

/// <summary>
/// The pack screen. A scan that matches costs four statements (the batch order, its batch, its items, the tick);
/// mismatches are classified (order number, another order's item, a catalog item, unknown) only when they happen.
/// </summary>
public class PackingScanService : IPackingScanService
{
    private readonly PackingAudit _audit;
    private readonly IRepository<PackingBatchItem> _batchItems;
    private readonly IRepository<PackingBatchOrder> _batchOrders;
    private readonly PackingItemQuery _items;
    private readonly ScanMismatchClassifier _mismatches;
    private readonly PackingBatchQuery _queries;
    private readonly TimeProvider _timeProvider;
    private readonly IWorkContext _workContext;

    public PackingScanService(PackingAudit audit,
        IRepository<PackingBatchItem> batchItems,
        IRepository<PackingBatchOrder> batchOrders,
        PackingItemQuery items,
        ScanMismatchClassifier mismatches,
        PackingBatchQuery queries,
        TimeProvider timeProvider,
        IWorkContext workContext)
    {
        _audit = audit;
        _batchItems = batchItems;
        _batchOrders = batchOrders;
        _items = items;
        _mismatches = mismatches;
        _queries = queries;
        _timeProvider = timeProvider;
        _workContext = workContext;
    }

    public virtual async Task<PackOrder> GetPackOrderAsync(int batchId, int batchOrderId = 0)
    {
        var actor = await PackingActor.CurrentAsync(_workContext);
        var batch = await _queries.GetVisibleBatchAsync(batchId, actor);
        if (batch is null)
            return null;

        var order = batchOrderId > 0
            ? await _batchOrders.Table.FirstOrDefaultAsync(row => row.Id == batchOrderId && row.BatchId == batch.Id)
            : await _queries.NextToPackAsync(batch.Id);
        if (order is null)
            return null;

        var rows = await _items.ForOrderAsync(order.Id);
        var lines = rows.Select(row =>
        {
            var codes = row.EffectiveCodes;
            return new PackLine(row.ItemId, row.OrderItemId, row.ProductId, row.ProductName, codes.Sku, codes.Gtin, codes.ManufacturerPartNumber,
                row.AttributesHtml, row.WarehouseId, row.WarehouseName, row.Quantity, row.VerifiedQuantity);
        }).ToList();

        return new PackOrder(batch.Id, order.Id, order.OrderId, rows.FirstOrDefault()?.OrderNumber, order.Status, order.VerifiedManually,
            order.Note, order.ProblemResourceKey, lines);
    }

    public virtual async Task<ScanResult> ScanAsync(int batchId, int batchOrderId, string code)
    {
        var normalized = ScanCode.Normalize(code);
        if (normalized is null)
            return new ScanResult(ScanOutcome.EmptyCode, Keys.Scan.EmptyCode);

        var actor = await PackingActor.CurrentAsync(_workContext);
        var (batch, order) = await _queries.GetVisibleOrderAsync(batchOrderId, actor);
        if (order is null || order.BatchId != batchId)
            return new ScanResult(ScanOutcome.NotAllowed, Keys.Order.NotFound);
        if (batch.State != PackingBatchState.Packing)
            return new ScanResult(ScanOutcome.NotAllowed, Keys.Batch.NotPacking);

        var lines = (await _items.ForOrderAsync(order.Id)).Select(row => row.ToScanLine()).ToList();
        var match = ScanCode.IsTooLong(normalized) ? new ScanMatch(ScanMatchKind.NoMatch, null) : ScanMatcher.Match(lines, normalized);
        if (match.Kind == ScanMatchKind.Matched)
            return order.Status == PackingOrderStatus.Pending
                ? await TickAsync(actor, batch, order, lines, match.Line)
                : new ScanResult(ScanOutcome.NotAllowed, Keys.Order.NotPackable);

        var result = match.Kind == ScanMatchKind.NoMatch
            ? await _mismatches.ClassifyAsync(batch.Id, order.Id, normalized)
            : new ScanResult(ScanOutcome.OverQuantity, Keys.Scan.OverQuantity, match.Line.ItemId, match.Line.VerifiedQuantity, match.Line.Quantity);

        if (ScanMismatchClassifier.EventOf(result.Outcome) is { } eventType)
            await _audit.RecordAsync(actor, eventType, batch.Id, order, result.ResourceKey, code: code);

        return result;
    }

    public virtual async Task<PackingResult> OverrideAsync(int batchOrderId, string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
            return PackingResult.Refused(Keys.Override.ReasonRequired);
        if (reason.Trim().Length > PackingLimits.MaxNoteLength)
            return PackingResult.Refused(Keys.Order.NoteTooLong);

        var actor = await PackingActor.CurrentAsync(_workContext);
        var (batch, order) = await _queries.GetVisibleOrderAsync(batchOrderId, actor);
        if (order is null)
            return PackingResult.Refused(Keys.Order.NotFound);

        try
        {
            batch.EnsurePacking();
            order.MarkPacked(actor.CustomerId, manually: true, _timeProvider.GetUtcNow().UtcDateTime);
        }
        catch (PackingRuleException exception)
        {
            return PackingResult.Refused(exception.ResourceKey);
        }

        if (!await _batchOrders.SaveIfUnchangedAsync(order))
            return PackingResult.Refused(Keys.Batch.ChangedMeanwhile);

        await _audit.RecordAsync(actor, PackingEventType.ManualOverride, batch.Id, order, Keys.Override.Done, reason.Trim());
        return PackingResult.Done(Keys.Override.Done);
    }

    private async Task<ScanResult> TickAsync(PackingActor actor, PackingBatch batch, PackingBatchOrder order, List<ScanLine> lines, ScanLine line)
    {
        if (!await _batchItems.TickAsync(line.ItemId))
        {
            await _audit.RecordAsync(actor, PackingEventType.OverQuantity, batch.Id, order, Keys.Scan.OverQuantity);
            return new ScanResult(ScanOutcome.OverQuantity, Keys.Scan.OverQuantity, line.ItemId, line.Quantity, line.Quantity);
        }

        var verified = line.VerifiedQuantity + 1;
        var complete = lines.All(other => other.ItemId == line.ItemId ? verified >= other.Quantity : other.Remaining == 0);
        if (!complete)
        {
            if (order.PackStartedOnUtc is null)
            {
                order.NoteScan(_timeProvider.GetUtcNow().UtcDateTime);
                await _batchOrders.SaveIfUnchangedAsync(order);
            }

            return new ScanResult(ScanOutcome.Matched, Keys.Scan.Matched, line.ItemId, verified, line.Quantity);
        }

        await MarkPackedAsync(actor, batch, order);
        return new ScanResult(ScanOutcome.OrderPacked, Keys.Scan.OrderPacked, line.ItemId, verified, line.Quantity);
    }

    /// <summary>The last unit was verified. Another tab may have saved the row meanwhile: read it again once.</summary>
    private async Task MarkPackedAsync(PackingActor actor, PackingBatch batch, PackingBatchOrder order)
    {
        for (var attempt = 0; attempt < 2; attempt++)
        {
            if (order.Status != PackingOrderStatus.Pending)
                return;

            order.MarkPacked(actor.CustomerId, manually: false, _timeProvider.GetUtcNow().UtcDateTime);
            if (await _batchOrders.SaveIfUnchangedAsync(order))
            {
                await _audit.RecordAsync(actor, PackingEventType.OrderPacked, batch.Id, order);
                return;
            }

            order = await _batchOrders.GetByIdAsync(order.Id);
        }
    }
}
