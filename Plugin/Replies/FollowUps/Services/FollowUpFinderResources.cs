using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services.Contracts;

namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services;

/// <summary>
/// The texts the dry run shows for a candidate: its hold (one key per <see cref="FollowUpHold"/> name) and its reason, a
/// format with placeholders — review request: {0} the delivery (or shipping) date, {1} the products; unpaid order: {0} the
/// order date, {1} the reminder's number, {2} the rule's reminders; abandoned cart: {0} the last change, {1} the lines.
/// </summary>
public static class FollowUpFinderResources
{
    public static string Hold(FollowUpHold hold) => hold switch
    {
        FollowUpHold.QuietHours => "Plugins.Misc.MerchantOps.FollowUps.Hold.QuietHours",
        FollowUpHold.CapReached => "Plugins.Misc.MerchantOps.FollowUps.Hold.CapReached",
        FollowUpHold.OptedOut => "Plugins.Misc.MerchantOps.FollowUps.Hold.OptedOut",
        FollowUpHold.NoConsent => "Plugins.Misc.MerchantOps.FollowUps.Hold.NoConsent",
        FollowUpHold.NoEmail => "Plugins.Misc.MerchantOps.FollowUps.Hold.NoEmail",
        _ => "Plugins.Misc.MerchantOps.FollowUps.Hold.None"
    };

    public static string Reason(FollowUpRule rule) => rule.Trigger switch
    {
        FollowUpTrigger.ReviewRequest when rule.CountFromShipped => "Plugins.Misc.MerchantOps.FollowUps.Reason.ReviewRequest.Shipped",
        FollowUpTrigger.ReviewRequest => "Plugins.Misc.MerchantOps.FollowUps.Reason.ReviewRequest",
        FollowUpTrigger.UnpaidOrder => "Plugins.Misc.MerchantOps.FollowUps.Reason.UnpaidOrder",
        _ => "Plugins.Misc.MerchantOps.FollowUps.Reason.AbandonedCart"
    };

    /// <summary>The reason's values, in the order of the placeholders (dates in UTC: the caller converts them for display).</summary>
    public static object[] ReasonValues(FollowUpRule rule, FollowUpCandidate candidate) => rule.Trigger switch
    {
        FollowUpTrigger.UnpaidOrder => [candidate.EventOnUtc, candidate.TargetVersion, rule.MaxReminders],
        _ => [candidate.EventOnUtc, candidate.ItemCount]
    };
}
