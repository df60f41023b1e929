using Nop.Core;

namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain;

/// <summary>
/// One follow-up of one rule to one target (table MerchantOpsFollowUpSend), claimed before anything is queued. Unique on
/// (<see cref="RuleId"/>, <see cref="TargetId"/>, <see cref="TargetVersion"/>): whatever the number of app instances,
/// crashes or re-runs, a target gets a rule's follow-up at most once, ever. The email goes through the replies' once-only
/// send path with <see cref="SendKey"/> (MerchantOpsCannedReplySend, marked with the rule), so a run that dies between the
/// claim and the email resumes without sending twice.
/// </summary>
public class FollowUpSend : BaseEntity
{
    public int RuleId { get; set; }

    public int StoreId { get; set; }

    public int CustomerId { get; set; }

    /// <summary>The order (review request, unpaid order) or the customer whose cart it is (abandoned cart).</summary>
    public int TargetId { get; set; }

    /// <summary>
    /// Review request: 0. Unpaid order: the reminder's number (1, 2 …). Abandoned cart: the cart's version, the ticks of
    /// its last change (a cart changed after a reminder is a new target).
    /// </summary>
    public long TargetVersion { get; set; }

    /// <summary>0 for a cart.</summary>
    public int OrderId { get; set; }

    public int StatusId { get; set; }

    /// <summary>The replies' send key (MerchantOpsCannedReplySend.SendKey): the email's own once-only guarantee.</summary>
    public Guid SendKey { get; set; }

    /// <summary>The run holding the claim; null once queued or skipped.</summary>
    public Guid? ClaimToken { get; set; }

    public DateTime? ClaimExpiresOnUtc { get; set; }

    /// <summary>The reply send row, once the email is queued.</summary>
    public int? ReplySendId { get; set; }

    public int? QueuedEmailId { get; set; }

    /// <summary>A resource key, when skipped (reply deleted, no email address, opted out meanwhile …).</summary>
    public string SkipReason { get; set; }

    /// <summary>Carried by the email's links; the plugin counts the first arrival.</summary>
    public Guid ClickToken { get; set; }

    public DateTime? ClickedOnUtc { get; set; }

    public DateTime CreatedOnUtc { get; set; }

    /// <summary>When the email was queued; conversions are counted from here.</summary>
    public DateTime? SentOnUtc { get; set; }

    public FollowUpSendStatus Status
    {
        get => (FollowUpSendStatus)StatusId;
        set => StatusId = (int)value;
    }
}
