using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services.Contracts;

/// <summary>
/// A target due for a rule's follow-up and not claimed yet: what the dry run lists and what the task sends (only those with
/// <see cref="Hold"/> None and <see cref="PlannedOnUtc"/> reached).
/// </summary>
public class FollowUpCandidate
{
    public int RuleId { get; init; }

    public FollowUpTrigger Trigger { get; init; }

    public int StoreId { get; init; }

    public int CustomerId { get; init; }

    /// <summary>As <see cref="FollowUpSend.TargetId"/>: the order, or the customer for a cart.</summary>
    public int TargetId { get; init; }

    /// <summary>As <see cref="FollowUpSend.TargetVersion"/>: 0, the reminder's number, or the cart's version.</summary>
    public long TargetVersion { get; init; }

    /// <summary>0 for a cart.</summary>
    public int OrderId { get; init; }

    /// <summary>The order's custom number for display; null for a cart.</summary>
    public string OrderNumber { get; init; }

    public string CustomerEmail { get; init; }

    /// <summary>As typed by the customer: encode it when shown.</summary>
    public string CustomerName { get; init; }

    /// <summary>The customer's language (0: the store's default).</summary>
    public int LanguageId { get; init; }

    /// <summary>The trigger's moment: delivered/shipped, placed, or the cart's last change.</summary>
    public DateTime EventOnUtc { get; init; }

    /// <summary>The moment + the rule's delay (× the reminder's number for unpaid orders).</summary>
    public DateTime DueOnUtc { get; init; }

    /// <summary>When it goes: the due time, moved to the end of the quiet hours, or of the cap.</summary>
    public DateTime PlannedOnUtc { get; init; }

    public FollowUpHold Hold { get; init; }

    /// <summary>Order total, or the cart's value (quantity × current price), in the store's primary currency.</summary>
    public decimal Amount { get; init; }

    /// <summary>The cart's lines, or the order's products (for the review links).</summary>
    public int ItemCount { get; init; }

    /// <summary>Whether the task sends it in a run at <paramref name="nowUtc"/>.</summary>
    public bool IsSendableAt(DateTime nowUtc) => Hold == FollowUpHold.None && PlannedOnUtc <= nowUtc;
}
