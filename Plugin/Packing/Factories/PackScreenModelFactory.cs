using System.Globalization;
using Nop.Plugin.Misc.MerchantOps.Packing.Data;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;
using Nop.Plugin.Misc.MerchantOps.Packing.Models;
using Nop.Plugin.Misc.MerchantOps.Packing.Services;
using Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;
using Nop.Services.Security;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Factories;

/// <summary>The pack screen and the answers to its scans and shipments.</summary>
public class PackScreenModelFactory
{
    private readonly IPackingBatchService _batchService;
    private readonly PackingDisplay _display;
    private readonly PackingOrderQuery _orderQuery;
    private readonly IPermissionService _permissionService;
    private readonly IPackingScanService _scanService;

    public PackScreenModelFactory(IPackingBatchService batchService,
        PackingDisplay display,
        PackingOrderQuery orderQuery,
        IPermissionService permissionService,
        IPackingScanService scanService)
    {
        _batchService = batchService;
        _display = display;
        _orderQuery = orderQuery;
        _permissionService = permissionService;
        _scanService = scanService;
    }

    /// <summary>
    /// The order <paramref name="batchOrderId"/> of the batch, or (0) the next one to pack. Null when the batch does
    /// not exist or the current user may not see it.
    /// </summary>
    public virtual async Task<PackScreenModel> PreparePackScreenModelAsync(int batchId, int batchOrderId)
    {
        var details = await _batchService.GetBatchAsync(batchId);
        if (details == null)
            return null;

        var batch = details.Batch;
        var model = new PackScreenModel
        {
            BatchId = batch.Id,
            BatchName = await _display.BatchTitleAsync(batch.Id, batch.Name),
            BatchState = await _display.StateAsync(batch.State),
            IsPacking = batch.State == PackingBatchState.Packing,
            CanStartPacking = batch.State is PackingBatchState.Open or PackingBatchState.Picking,
            BatchOrdersDone = batch.Progress.Done + batch.Progress.Skipped,
            BatchOrdersTotal = batch.Progress.Total - batch.Progress.Removed
        };

        var pack = await _scanService.GetPackOrderAsync(batchId, batchOrderId);
        if (pack == null)
            return model with { NothingLeft = true };

        var info = (await _orderQuery.GetOrdersAsync([pack.OrderId])).GetValueOrDefault(pack.OrderId);
        // A failed shipment leaves the order in Problem with a Ship.* key: shipping again resumes it, unless the
        // order can no longer ship (cancelled, refunded...).
        var canRetryShip = model.IsPacking && pack.CanRetryShip;
        var canShip = model.IsPacking && (pack.Status is PackingOrderStatus.Packed or PackingOrderStatus.Shipping) || canRetryShip;
        return model with
        {
            ScreenState = pack.Status switch
            {
                PackingOrderStatus.Shipped => "shipped",
                PackingOrderStatus.Problem => "problem",
                _ when canShip => "packed",
                _ => "pending"
            },
            BatchOrderId = pack.BatchOrderId,
            OrderId = pack.OrderId,
            OrderNumber = pack.OrderNumber,
            ShipToName = info?.CustomerName,
            ShipToAddressLines = info?.ShipToAddressLines.ToList() ?? new List<string>(),
            ShippingMethod = info?.ShippingMethod,
            StatusId = (int)pack.Status,
            Status = await _display.StatusAsync(pack.Status),
            StatusCssClass = PackingDisplay.CssClass(pack.Status),
            Problem = pack.Status == PackingOrderStatus.Problem ? await _display.TextAsync(pack.ProblemResourceKey ?? PackingDisplayKeys.For(pack.Status)) : null,
            Note = pack.Note,
            VerifiedManually = pack.VerifiedManually,
            AllVerified = pack.AllVerified,
            CanShip = canShip,
            CanRetryShip = canRetryShip,
            IsShipped = pack.Status == PackingOrderStatus.Shipped,
            CanOverride = model.IsPacking && pack.Status == PackingOrderStatus.Pending
                && await _permissionService.AuthorizeAsync(MerchantOpsDefaults.Permissions.PackingOverride),
            Lines = pack.Lines.Select(line => new PackLineModel
            {
                BatchItemId = line.BatchItemId,
                ProductName = line.ProductName,
                Sku = line.Sku,
                Gtin = line.Gtin,
                ManufacturerPartNumber = line.ManufacturerPartNumber,
                AttributesHtml = line.AttributesHtml,
                Warehouse = line.WarehouseName,
                Quantity = line.Quantity,
                VerifiedQuantity = line.VerifiedQuantity
            }).ToList()
        };
    }

    public virtual async Task<PackScanResultModel> PrepareScanResultAsync(ScanResult result) => new()
    {
        Accepted = result.Accepted,
        Outcome = result.Outcome.ToString(),
        Message = await _display.TextAsync(result.ResourceKey),
        BatchItemId = result.BatchItemId,
        VerifiedQuantity = result.VerifiedQuantity,
        Quantity = result.Quantity,
        OrderPacked = result.Outcome == ScanOutcome.OrderPacked,
        OpenBatchOrderId = result.OpenBatchOrderId
    };

    public virtual async Task<PackShipResultModel> PrepareShipResultAsync(ShipResult result) => new()
    {
        Succeeded = result.Succeeded,
        Message = await _display.TextAsync(result.ResourceKey),
        Error = result.Succeeded ? null : result.Error,
        CanRetry = !result.Succeeded && result.Error != null && ShipRetry.CanRetry(PackingOrderStatus.Problem, result.ResourceKey),
        NextBatchOrderId = result.NextBatchOrderId,
        BatchDone = result.BatchDone
    };

    public virtual async Task<PackShipResultModel> PrepareRefusedShipResultAsync(string resourceKey) =>
        await PrepareShipResultAsync(new ShipResult(false, resourceKey));

    /// <summary>
    /// The ship request from what the packer typed: the weight in their language's format ("1,5" in French) or the
    /// invariant one; blank means none. Null when the weight is not a number.
    /// </summary>
    public virtual async Task<ShipRequest> PrepareShipRequestAsync(PackShipRequestModel model)
    {
        var tracking = string.IsNullOrWhiteSpace(model.TrackingNumber) ? null : model.TrackingNumber.Trim();
        if (string.IsNullOrWhiteSpace(model.Weight))
            return new ShipRequest(tracking);

        var culture = await _display.CultureAsync();
        return decimal.TryParse(model.Weight.Trim(), NumberStyles.Number, culture, out var weight)
            || decimal.TryParse(model.Weight.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out weight)
            ? new ShipRequest(tracking, weight)
            : null;
    }
}
