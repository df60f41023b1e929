using Nop.Plugin.Misc.MerchantOps.Packing.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;

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
