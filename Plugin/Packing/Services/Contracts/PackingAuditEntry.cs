using Nop.Plugin.Misc.MerchantOps.Packing.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;

public sealed record PackingAuditEntry(
    int Id,
    DateTime CreatedOnUtc,
    int CustomerId,
    PackingEventType Type,
    int BatchId,
    int OrderId,
    string Code,
    string ResourceKey,
    string Note,
    string CustomerName = null);
