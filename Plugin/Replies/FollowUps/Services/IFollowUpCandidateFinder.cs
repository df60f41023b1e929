using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services.Contracts;

namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services;

/// <summary>
/// Who is due for a rule's follow-up: targets whose moment + delay lies within the last
/// <see cref="FollowUpLimits.LateWindowHours"/> hours (or the next quiet hours), never claimed for that rule, of registered,
/// active, not deleted customers. Each trigger's own conditions (not refunded or cancelled, not reviewed yet; still pending
/// payment; no order since the cart's last change) and the safety rules (opt-out, consent, cap across rules, quiet hours in
/// the store's time zone) are applied; those held back come with their <see cref="FollowUpHold"/>. Bounded: a few statements
/// per rule on date-indexed ranges, never a scan of all orders. Oldest due first, at most <paramref name="max"/>.
/// </summary>
public interface IFollowUpCandidateFinder
{
    Task<IReadOnlyList<FollowUpCandidate>> FindAsync(FollowUpRule rule, DateTime nowUtc, int max);
}
