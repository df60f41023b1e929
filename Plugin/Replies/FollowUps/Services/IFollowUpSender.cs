using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services.Contracts;

namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services;

/// <summary>
/// Sends the follow-ups that are due, once each: claims (rule, target, version) in the database before anything is
/// queued, then sends through the replies' once-only path (QueuedEmail on the store's email account, send log row marked
/// with the rule). Two app instances, a crash between steps or a re-run never send twice; a lapsed claim is resumed.
/// </summary>
public interface IFollowUpSender
{
    /// <summary>One task run: every active rule, at most <see cref="FollowUpLimits.BatchSize"/> targets each.</summary>
    Task<FollowUpRunSummary> RunDueAsync();

    /// <summary>The rule's email for <paramref name="sample"/>, queued to <paramref name="toEmail"/> now; never counts as sent to the customer.</summary>
    Task<FollowUpMessage> SendTestAsync(FollowUpRule rule, FollowUpCandidate sample, string toEmail);
}
