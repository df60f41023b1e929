using Nop.Core;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Domain;

/// <summary>
/// One line of the packing audit trail (table MerchantOpsPackingEvent): mismatches, overrides, skips, problems
/// and transitions, with who and when.
/// </summary>
public class PackingEvent : BaseEntity
{
    public int BatchId { get; set; }

    /// <summary>0 for events of the whole batch.</summary>
    public int BatchOrderId { get; set; }

    public int OrderId { get; set; }

    public int TypeId { get; set; }

    public int CustomerId { get; set; }

    /// <summary>The scanned text, cut to <see cref="PackingLimits.MaxLoggedCodeLength"/>.</summary>
    public string Code { get; set; }

    public string ResourceKey { get; set; }

    public string Note { get; set; }

    public DateTime CreatedOnUtc { get; set; }

    public PackingEventType Type
    {
        get => (PackingEventType)TypeId;
        set => TypeId = (int)value;
    }
}
