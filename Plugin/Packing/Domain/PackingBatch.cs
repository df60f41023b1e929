using Nop.Core;
using Keys = Nop.Plugin.Misc.MerchantOps.Packing.Domain.PackingResourceKeys.Batch;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Domain;

/// <summary>
/// A batch of orders packed together (table MerchantOpsPackingBatch). Its methods guard the state machine
/// Open → Picking → Packing → Done (or Cancelled); services save it only if <see cref="Version"/> is still the
/// one they read, so two people changing the same batch cannot both win.
/// </summary>
public class PackingBatch : BaseEntity
{
    public string Name { get; set; }

    /// <summary>Store the orders were chosen from; 0 when the queue was not filtered by store.</summary>
    public int StoreId { get; set; }

    /// <summary>Vendor whose items the batch holds; 0 for the shop's own staff.</summary>
    public int VendorId { get; set; }

    public int StateId { get; set; }

    public int CreatedByCustomerId { get; set; }

    /// <summary>The packer; 0 while nobody is assigned.</summary>
    public int AssigneeCustomerId { get; set; }

    public DateTime CreatedOnUtc { get; set; }

    public DateTime? PickingStartedOnUtc { get; set; }

    public DateTime? PackingStartedOnUtc { get; set; }

    /// <summary>When the batch was done or cancelled.</summary>
    public DateTime? FinishedOnUtc { get; set; }

    /// <summary>Optimistic concurrency token, incremented by every save.</summary>
    public int Version { get; set; }

    public PackingBatchState State
    {
        get => (PackingBatchState)StateId;
        set => StateId = (int)value;
    }

    public bool IsClosed => State is PackingBatchState.Done or PackingBatchState.Cancelled;

    public static PackingBatch Create(string name, int storeId, int vendorId, int createdByCustomerId, int assigneeCustomerId, DateTime now)
    {
        name = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        if (name?.Length > PackingLimits.MaxBatchNameLength)
            throw new PackingRuleException(Keys.NameTooLong);

        return new PackingBatch
        {
            Name = name,
            StoreId = storeId,
            VendorId = vendorId,
            State = PackingBatchState.Open,
            CreatedByCustomerId = createdByCustomerId,
            AssigneeCustomerId = assigneeCustomerId,
            CreatedOnUtc = now
        };
    }

    /// <summary>The picker takes the batch if nobody was assigned.</summary>
    public void StartPicking(int customerId, DateTime now)
    {
        Require(State == PackingBatchState.Open, Keys.CannotStartPicking);
        State = PackingBatchState.Picking;
        PickingStartedOnUtc = now;
        if (AssigneeCustomerId == 0)
            AssigneeCustomerId = customerId;
    }

    /// <summary>Packing may start straight from Open: a small batch is often picked and packed in one go.</summary>
    public void StartPacking(int customerId, DateTime now)
    {
        Require(State is PackingBatchState.Open or PackingBatchState.Picking, Keys.CannotStartPacking);
        PickingStartedOnUtc ??= now;
        State = PackingBatchState.Packing;
        PackingStartedOnUtc = now;
        if (AssigneeCustomerId == 0)
            AssigneeCustomerId = customerId;
    }

    /// <param name="ordersStillHeld">Orders of the batch that are neither shipped, skipped nor removed.</param>
    public void Finish(int ordersStillHeld, DateTime now)
    {
        Require(State == PackingBatchState.Packing, Keys.CannotFinish);
        Require(ordersStillHeld == 0, Keys.OrdersLeft);
        State = PackingBatchState.Done;
        FinishedOnUtc = now;
    }

    /// <param name="shipmentsInProgress">Orders of the batch whose shipment exists but is not finished.</param>
    public void Cancel(int shipmentsInProgress, DateTime now)
    {
        Require(!IsClosed, Keys.CannotCancel);
        Require(shipmentsInProgress == 0, Keys.ShipmentInProgress);
        State = PackingBatchState.Cancelled;
        FinishedOnUtc = now;
    }

    public void AssignTo(int customerId)
    {
        Require(!IsClosed, Keys.CannotAssign);
        AssigneeCustomerId = customerId;
    }

    /// <summary>Someone else's claim: assigned to, or (unassigned) created by, another person.</summary>
    public bool IsClaimedByAnotherThan(int customerId) =>
        AssigneeCustomerId != 0 ? AssigneeCustomerId != customerId : CreatedByCustomerId != customerId;

    public void EnsureCanAddOrders() => Require(State is PackingBatchState.Open or PackingBatchState.Picking, Keys.CannotAddOrders);

    public void EnsurePacking() => Require(State == PackingBatchState.Packing, Keys.NotPacking);

    private static void Require(bool condition, string resourceKey)
    {
        if (!condition)
            throw new PackingRuleException(resourceKey);
    }
}
