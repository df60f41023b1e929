using Nop.Core;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Services.Contracts;

/// <summary>0 / null mean "any".</summary>
public class ReplySendLogSearch
{
    public int ReplyId { get; set; }

    public int OrderId { get; set; }

    public int CustomerId { get; set; }

    public DateTime? FromUtc { get; set; }

    public DateTime? ToUtc { get; set; }

    /// <summary>Only the sends of follow-up rules (the schedule task's).</summary>
    public bool AutomaticOnly { get; set; }
}
