using Nop.Plugin.Misc.MerchantOps.Packing.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;

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
