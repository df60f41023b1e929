using Nop.Plugin.Misc.MerchantOps.Infrastructure.Text;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;
using Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Services;

/// <summary>Writes the audit trail: who did what, when, to which batch and order.</summary>
public class PackingAudit
{
    private readonly IRepository<PackingEvent> _events;
    private readonly TimeProvider _timeProvider;

    public PackingAudit(IRepository<PackingEvent> events, TimeProvider timeProvider)
    {
        _events = events;
        _timeProvider = timeProvider;
    }

    public virtual Task RecordAsync(PackingActor actor, PackingEventType type, int batchId, PackingBatchOrder order = null,
        string resourceKey = null, string note = null, string code = null) =>
        _events.InsertAsync(new PackingEvent
        {
            BatchId = batchId,
            BatchOrderId = order?.Id ?? 0,
            OrderId = order?.OrderId ?? 0,
            Type = type,
            CustomerId = actor.CustomerId,
            Code = code is null ? null : ScanCode.ForLog(code),
            ResourceKey = resourceKey,
            Note = TextTruncation.Truncate(note, PackingLimits.MaxNoteLength),
            CreatedOnUtc = _timeProvider.GetUtcNow().UtcDateTime
        }, publishEvent: false);
}
