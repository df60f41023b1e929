using Nop.Plugin.Misc.MerchantOps.Packing.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Services;

/// <summary>The outcome of an action: whether it was done, and the resource key of the message to show.</summary>
public sealed record PackingResult(bool Succeeded, string ResourceKey)
{
    public static PackingResult Done(string resourceKey) => new(true, resourceKey);

    public static PackingResult Refused(string resourceKey) => new(false, resourceKey);
}

/// <summary>An order that could not be put in the batch, and why.</summary>
public sealed record RefusedOrder(int OrderId, string ResourceKey);

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

/// <summary>Search of the batch list; 0/null mean "any".</summary>
public sealed record PackingBatchSearch
{
    public PackingBatchState? State { get; init; }

    /// <summary>Only batches not yet done or cancelled.</summary>
    public bool OpenOnly { get; init; }

    public int StoreId { get; init; }

    public int AssigneeCustomerId { get; init; }
}

public sealed record PackingProgress(int Total, int Pending, int Packed, int Shipped, int Problems, int Skipped, int Removed)
{
    /// <summary>Orders whose packing is over (packed, being shipped or shipped), out of <see cref="Total"/>.</summary>
    public int Done => Packed + Shipped;

    /// <summary>0–100; orders removed from the batch do not count.</summary>
    public int Percent => Total == 0 ? 0 : (int)Math.Round(100.0 * (Done + Skipped) / Total);
}

public sealed record PackingBatchSummary(
    int Id,
    string Name,
    PackingBatchState State,
    int StoreId,
    int VendorId,
    int CreatedByCustomerId,
    int AssigneeCustomerId,
    DateTime CreatedOnUtc,
    DateTime? PickingStartedOnUtc,
    DateTime? PackingStartedOnUtc,
    DateTime? FinishedOnUtc,
    PackingProgress Progress);

public sealed record PackingBatchOrderRow(
    int BatchOrderId,
    int OrderId,
    string OrderNumber,
    PackingOrderStatus Status,
    PackingSkipReason? SkipReason,
    string Note,
    string ProblemResourceKey,
    bool VerifiedManually,
    int ItemCount,
    int VerifiedCount,
    int? ShipmentId,
    DateTime? ShippedOnUtc);

public sealed record PackingBatchDetails(PackingBatchSummary Batch, IReadOnlyList<PackingBatchOrderRow> Orders);

/// <summary>
/// The batch that holds (or, once the order left it, last held) an order, and where the order stands in it.
/// <see cref="HoldsOrder"/> is false once the order was shipped, skipped or removed.
/// </summary>
public sealed record OrderBatchPlacement(
    int BatchId,
    string BatchName,
    PackingBatchState BatchState,
    int BatchOrderId,
    PackingOrderStatus Status,
    string Note,
    string ProblemResourceKey,
    DateTime? ShippedOnUtc,
    bool HoldsOrder);

public sealed record PickList(int BatchId, string BatchName, IReadOnlyList<PickListLine> Lines)
{
    public int TotalQuantity => Lines.Sum(line => line.TotalQuantity);
}

/// <summary>An item on the pack screen.</summary>
public sealed record PackLine(
    int BatchItemId,
    int OrderItemId,
    int ProductId,
    string ProductName,
    string Sku,
    string Gtin,
    string ManufacturerPartNumber,
    string AttributesHtml,
    int WarehouseId,
    string WarehouseName,
    int Quantity,
    int VerifiedQuantity);

/// <summary>The order on the pack screen.</summary>
public sealed record PackOrder(
    int BatchId,
    int BatchOrderId,
    int OrderId,
    string OrderNumber,
    PackingOrderStatus Status,
    bool VerifiedManually,
    string Note,
    string ProblemResourceKey,
    IReadOnlyList<PackLine> Lines)
{
    public bool AllVerified => Lines.All(line => line.VerifiedQuantity >= line.Quantity);

    /// <summary>A ship attempt failed for a reason that may pass: shipping again resumes it (<see cref="ShipRetry"/>).</summary>
    public bool CanRetryShip => ShipRetry.CanRetry(Status, ProblemResourceKey);
}

public enum ScanOutcome
{
    /// <summary>A unit was ticked; the order still has units to verify.</summary>
    Matched,

    /// <summary>A unit was ticked and every item of the order is now verified.</summary>
    OrderPacked,

    /// <summary>The code is an order number of the batch: open that order.</summary>
    OpenOrder,

    EmptyCode,
    UnknownCode,
    WrongItem,
    ItemOfAnotherOrder,
    OverQuantity,

    /// <summary>The batch or the order is not in a state that accepts scans.</summary>
    NotAllowed
}

/// <summary>
/// A scan's outcome. Refused outcomes (everything but Matched, OrderPacked and OpenOrder) should sound and show
/// an error; they are recorded in the audit trail.
/// </summary>
public sealed record ScanResult(
    ScanOutcome Outcome,
    string ResourceKey,
    int BatchItemId = 0,
    int VerifiedQuantity = 0,
    int Quantity = 0,
    int OpenBatchOrderId = 0)
{
    public bool Accepted => Outcome is ScanOutcome.Matched or ScanOutcome.OrderPacked or ScanOutcome.OpenOrder;
}

public sealed record ShipRequest(string TrackingNumber = null, decimal? TotalWeight = null);

/// <summary>
/// Shipping one order of a batch. <see cref="ShipmentId"/> is set whenever a shipment exists, even on failure
/// (the order is then in Problem and shipping it again resumes that shipment).
/// </summary>
public sealed record ShipResult(
    bool Succeeded,
    string ResourceKey,
    int ShipmentId = 0,
    string Error = null,
    int NextBatchOrderId = 0,
    bool BatchDone = false);

public sealed record PackingAuditEntry(
    int Id,
    DateTime CreatedOnUtc,
    int CustomerId,
    PackingEventType Type,
    int BatchId,
    int OrderId,
    string Code,
    string ResourceKey,
    string Note,
    string CustomerName = null);
