using Nop.Plugin.Misc.MerchantOps.Packing.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;

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
