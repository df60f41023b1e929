using Nop.Plugin.Misc.MerchantOps.Infrastructure.Text;
using Nop.Core;
using Keys = Nop.Plugin.Misc.MerchantOps.Packing.Domain.PackingResourceKeys;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Domain;

/// <summary>
/// One order in a batch (table MerchantOpsPackingBatchOrder). <see cref="ActiveOrderId"/> equals the order id
/// while the batch holds the order; a unique index on it lets the database decide that an order is in one active
/// batch at a time. The ship-attempt columns make shipping resumable.
/// </summary>
public class PackingBatchOrder : BaseEntity
{
    public int BatchId { get; set; }

    public int OrderId { get; set; }

    /// <summary>
    /// The order id while the batch holds the order; once released, minus this row's id. Never null: SQL Server
    /// allows a single null in a unique index, and released rows must never collide (order ids are positive).
    /// </summary>
    public int ActiveOrderId { get; set; }

    public int StatusId { get; set; }

    /// <summary>Packing order within the batch: oldest order first.</summary>
    public int DisplayOrder { get; set; }

    public int SkipReasonId { get; set; }

    /// <summary>Skip reason text, problem description or the error that stopped shipping.</summary>
    public string Note { get; set; }

    /// <summary>Resource key of the problem, when the plugin flagged it.</summary>
    public string ProblemResourceKey { get; set; }

    public DateTime CreatedOnUtc { get; set; }

    public DateTime? PackStartedOnUtc { get; set; }

    public DateTime? PackedOnUtc { get; set; }

    public int PackedByCustomerId { get; set; }

    /// <summary>Packed by the manual override, not by scanning every item.</summary>
    public bool VerifiedManually { get; set; }

    /// <summary>Identifies the ship attempt (kept across retries); written into the shipment's admin comment.</summary>
    public Guid? ShipAttemptGuid { get; set; }

    public DateTime? ShipAttemptOnUtc { get; set; }

    public int ShipStepId { get; set; }

    public int? ShipmentId { get; set; }

    public string TrackingNumber { get; set; }

    public decimal? TotalWeight { get; set; }

    public DateTime? ShippedOnUtc { get; set; }

    public int ShippedByCustomerId { get; set; }

    public int Version { get; set; }

    public PackingOrderStatus Status
    {
        get => (PackingOrderStatus)StatusId;
        set => StatusId = (int)value;
    }

    public ShipStep ShipStep
    {
        get => (ShipStep)ShipStepId;
        set => ShipStepId = (int)value;
    }

    public PackingSkipReason? SkipReason => SkipReasonId == 0 ? null : (PackingSkipReason)SkipReasonId;

    /// <summary>The batch keeps the order out of the queue and out of other batches.</summary>
    public bool HoldsOrder => Status is PackingOrderStatus.Pending or PackingOrderStatus.Packed
        or PackingOrderStatus.Shipping or PackingOrderStatus.Problem;

    /// <summary>A shipment exists in nopCommerce but this order is not shipped yet: only shipping may go on.</summary>
    public bool HasUnfinishedShipment => ShipmentId.HasValue && Status != PackingOrderStatus.Shipped;

    public static PackingBatchOrder Claim(int batchId, int orderId, int displayOrder, DateTime now) => new()
    {
        BatchId = batchId,
        OrderId = orderId,
        ActiveOrderId = orderId,
        Status = PackingOrderStatus.Pending,
        DisplayOrder = displayOrder,
        CreatedOnUtc = now
    };

    public void NoteScan(DateTime now) => PackStartedOnUtc ??= now;

    public void MarkPacked(int customerId, bool manually, DateTime now)
    {
        Require(Status == PackingOrderStatus.Pending, Keys.Order.NotPackable);
        Status = PackingOrderStatus.Packed;
        PackedByCustomerId = customerId;
        PackedOnUtc = now;
        PackStartedOnUtc ??= now;
        VerifiedManually = manually;
    }

    public void Skip(PackingSkipReason reason, string note)
    {
        Require(Enum.IsDefined(reason), Keys.Order.UnknownSkipReason);
        var checkedNote = CheckNote(note);
        Release(Keys.Order.CannotSkip);
        Status = PackingOrderStatus.Skipped;
        SkipReasonId = (int)reason;
        Note = checkedNote;
    }

    public void Remove()
    {
        Release(Keys.Order.CannotRemove);
        Status = PackingOrderStatus.Removed;
    }

    public void FlagProblem(string resourceKey, string note)
    {
        Require(Status is PackingOrderStatus.Pending or PackingOrderStatus.Packed or PackingOrderStatus.Problem, Keys.Order.CannotFlag);
        var checkedNote = CheckNote(note);
        Status = PackingOrderStatus.Problem;
        ProblemResourceKey = resourceKey;
        Note = checkedNote;
    }

    /// <param name="allItemsVerified">Every item of the order was scanned.</param>
    public void ClearProblem(bool allItemsVerified)
    {
        Require(Status == PackingOrderStatus.Problem, Keys.Order.NotAProblem);
        Status = allItemsVerified || VerifiedManually || ShipAttemptGuid.HasValue ? PackingOrderStatus.Packed : PackingOrderStatus.Pending;
        ProblemResourceKey = null;
        Note = null;
    }

    /// <summary>
    /// Starts or takes over the ship attempt. A packed order starts one; a failed attempt (Problem) or one that
    /// outlived its lease (the request that ran it died) is resumed with the same attempt id.
    /// </summary>
    /// <returns>True when an earlier attempt is resumed.</returns>
    public bool BeginShipAttempt(DateTime now, TimeSpan lease)
    {
        Require(Status != PackingOrderStatus.Shipped, Keys.Ship.AlreadyShipped);
        Require(Status != PackingOrderStatus.Shipping || ShipAttemptOnUtc + lease <= now, Keys.Ship.InProgress);
        var resumable = ShipAttemptGuid.HasValue && Status is PackingOrderStatus.Problem or PackingOrderStatus.Shipping;
        Require(Status == PackingOrderStatus.Packed || resumable, Keys.Ship.NotPacked);

        Status = PackingOrderStatus.Shipping;
        ShipAttemptGuid ??= Guid.NewGuid();
        ShipAttemptOnUtc = now;
        ProblemResourceKey = null;
        Note = null;
        return resumable;
    }

    public void RecordShipment(int shipmentId)
    {
        ShipmentId = shipmentId;
        Reach(ShipStep.ShipmentCreated);
    }

    /// <summary>Steps only move forward: a resumed attempt never forgets what an earlier one did.</summary>
    public void Reach(ShipStep step)
    {
        if (step > ShipStep)
            ShipStep = step;
    }

    public void MarkShipped(int customerId, DateTime now)
    {
        Require(Status == PackingOrderStatus.Shipping, Keys.Ship.NotPacked);
        Status = PackingOrderStatus.Shipped;
        ActiveOrderId = -Id;
        ShippedOnUtc = now;
        ShippedByCustomerId = customerId;
    }

    public void FailShipping(string resourceKey, string message)
    {
        Status = PackingOrderStatus.Problem;
        ProblemResourceKey = resourceKey;
        Note = TextTruncation.Truncate(message, PackingLimits.MaxNoteLength);
    }

    private void Release(string refusedKey)
    {
        Require(!HasUnfinishedShipment, Keys.Order.HasShipment);
        Require(Status is PackingOrderStatus.Pending or PackingOrderStatus.Packed or PackingOrderStatus.Problem, refusedKey);
        ActiveOrderId = -Id;
    }

    private static string CheckNote(string note)
    {
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        Require(note is null || note.Length <= PackingLimits.MaxNoteLength, Keys.Order.NoteTooLong);
        return note;
    }

    private static void Require(bool condition, string resourceKey)
    {
        if (!condition)
            throw new PackingRuleException(resourceKey);
    }
}
