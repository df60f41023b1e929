using Nop.Plugin.Misc.MerchantOps.Packing.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;

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
