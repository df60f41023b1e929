namespace Nop.Plugin.Misc.MerchantOps.Packing.Domain;

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
