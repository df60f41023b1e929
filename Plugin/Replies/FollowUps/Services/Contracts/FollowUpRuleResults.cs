namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services.Contracts;

/// <summary>
/// A rule's results over a period: follow-ups queued, clicked through (first arrival by the link's token; opens are not
/// measured, nopCommerce's queue has no tracking pixel), and converted within the rule's days (an order placed since,
/// the order paid, or a review written) with the revenue of those orders.
/// </summary>
public class FollowUpRuleResults
{
    public int RuleId { get; init; }

    public int Sent { get; init; }

    public int Skipped { get; init; }

    public int Clicked { get; init; }

    public int Converted { get; init; }

    public decimal Revenue { get; init; }
}
