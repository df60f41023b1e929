namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain;

/// <summary>What starts a follow-up (stored as <see cref="FollowUpRule.TriggerId"/>; values never change).</summary>
public enum FollowUpTrigger
{
    /// <summary>N hours after an order was delivered (or shipped, <see cref="FollowUpRule.CountFromShipped"/>): one email per order.</summary>
    ReviewRequest = 10,

    /// <summary>An order still pending payment N hours after it was placed; again every N hours, at most <see cref="FollowUpRule.MaxReminders"/> times.</summary>
    UnpaidOrder = 20,

    /// <summary>A registered customer's shopping cart untouched for N hours, with no order since.</summary>
    AbandonedCart = 30
}
