using Nop.Plugin.Misc.MerchantOps.Packing.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;

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
