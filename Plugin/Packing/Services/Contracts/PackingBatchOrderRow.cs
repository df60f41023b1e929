using Nop.Plugin.Misc.MerchantOps.Packing.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;

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
