using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services.Contracts;

namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services;

/// <summary>
/// Renders a rule's reply for one candidate: the family's version in the customer's language (the library's fallback),
/// nopCommerce's tokens for the order or customer, then the rule's block (review links, the cart's lines and a link back
/// to it), each link carrying <paramref name="clickToken"/>, and the unsubscribe link every follow-up ends with.
/// </summary>
public interface IFollowUpComposer
{
    Task<FollowUpMessage> ComposeAsync(FollowUpRule rule, FollowUpCandidate candidate, Guid clickToken);
}
