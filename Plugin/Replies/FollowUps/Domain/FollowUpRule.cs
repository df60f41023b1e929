using Nop.Core;

namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain;

/// <summary>
/// A follow-up rule (table MerchantOpsFollowUpRule): a reply of the library sent by the schedule task at the right moment
/// after a trigger. Saved only if <see cref="Version"/> is still the one the editor read (two people saving at once: the
/// second is told, nothing of the first is lost). Seeded rules carry a <see cref="SeedKey"/> and are never seeded again,
/// even once deleted.
/// </summary>
public class FollowUpRule : BaseEntity
{
    /// <summary>0 = every store; otherwise orders and carts of that store only.</summary>
    public int StoreId { get; set; }

    public string Name { get; set; }

    public int TriggerId { get; set; }

    /// <summary>The reply of the library it sends (any version of the family: the customer's language is chosen at send time).</summary>
    public int ReplyId { get; set; }

    /// <summary>Hours after the trigger's moment (delivery/shipping, order placed, last cart change).</summary>
    public int DelayHours { get; set; }

    /// <summary>Unpaid orders: how many reminders at most (the n-th goes n × the delay after the order). 1 for the other triggers.</summary>
    public int MaxReminders { get; set; } = 1;

    /// <summary>Review requests: count from the shipping date, for stores that never mark orders delivered.</summary>
    public bool CountFromShipped { get; set; }

    /// <summary>Days after a follow-up within which an order, a payment or a review counts as converted.</summary>
    public int ConversionDays { get; set; } = 7;

    public bool Active { get; set; }

    /// <summary>When the rule was last switched on (null while it never was).</summary>
    public DateTime? ActivatedOnUtc { get; set; }

    public bool Deleted { get; set; }

    /// <summary>The seed this rule came from ("review-request", "unpaid-order", "abandoned-cart"); null for the owner's own.</summary>
    public string SeedKey { get; set; }

    /// <summary>Raised by every save; a save with another version is refused.</summary>
    public int Version { get; set; }

    public DateTime CreatedOnUtc { get; set; }

    public DateTime UpdatedOnUtc { get; set; }

    public FollowUpTrigger Trigger
    {
        get => (FollowUpTrigger)TriggerId;
        set => TriggerId = (int)value;
    }
}
