namespace Nop.Plugin.Misc.MerchantOps.Packing.Domain;

/// <summary>Life of a batch: Open → Picking → Packing → Done, or Cancelled before Done.</summary>
public enum PackingBatchState
{
    Open = 10,
    Picking = 20,
    Packing = 30,
    Done = 40,
    Cancelled = 50
}

/// <summary>
/// Where one order of a batch stands. Pending, Packed, Shipping and Problem hold the order (it is in no
/// other active batch); Shipped, Skipped and Removed release it.
/// </summary>
public enum PackingOrderStatus
{
    Pending = 10,
    Packed = 20,
    Shipping = 30,
    Shipped = 40,
    Problem = 50,
    Skipped = 60,
    Removed = 70
}

/// <summary>Why a packer skipped an order (it goes back to the queue).</summary>
public enum PackingSkipReason
{
    OutOfStock = 10,
    AddressProblem = 20,
    CustomerRequest = 30,
    Other = 90
}

/// <summary>
/// The last step of nopCommerce's shipping that a ship attempt completed, so that a retry resumes after it
/// instead of doing it again.
/// </summary>
public enum ShipStep
{
    None = 0,
    ShipmentCreated = 10,
    ItemsAdded = 20,
    EventsPublished = 30,
    Shipped = 40,
    NoteAdded = 50
}

/// <summary>What the audit trail records.</summary>
public enum PackingEventType
{
    BatchCreated = 10,
    BatchAssigned = 11,
    PickingStarted = 12,
    PackingStarted = 13,
    BatchDone = 14,
    BatchCancelled = 15,
    ClaimRefused = 20,
    WrongItem = 30,
    ItemOfAnotherOrder = 31,
    UnknownCode = 32,
    OverQuantity = 33,
    OrderPacked = 40,
    ManualOverride = 41,
    OrderSkipped = 50,
    OrderRemoved = 51,
    ProblemFlagged = 52,
    ProblemCleared = 53,
    OrderShipped = 60,
    ShipFailed = 61,
    ShipResumed = 62,

    /// <summary>nopCommerce published ShipmentSentEvent for the order's shipment (a retry must not publish it again).</summary>
    ShipmentSent = 63
}
