using LinqToDB;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Data;

/// <summary>
/// Conditional updates of a follow-up's claim row: the database decides which run holds it. Every change is one UPDATE
/// that names the claim's token, so a run whose lease lapsed (and was taken over) changes nothing any more. Kept apart
/// because <c>using LinqToDB</c> makes some of nopCommerce's async helpers ambiguous.
/// </summary>
internal static class FollowUpSendUpdates
{
    private const int Claimed = (int)FollowUpSendStatus.Claimed;

    /// <summary>Takes over a claim nobody holds (its run gave it back after a failure) or whose run died (lease lapsed).</summary>
    public static async Task<bool> TryTakeOverAsync(this IRepository<FollowUpSend> sends, int claimId, Guid token, DateTime nowUtc, TimeSpan lease) =>
        await sends.Table
            .Where(row => row.Id == claimId && row.StatusId == Claimed
                && (row.ClaimToken == null || row.ClaimExpiresOnUtc == null || row.ClaimExpiresOnUtc < nowUtc))
            .Set(row => row.ClaimToken, token)
            .Set(row => row.ClaimExpiresOnUtc, nowUtc + lease)
            .UpdateAsync() == 1;

    /// <summary>The email is queued: final. Only for the claim's holder.</summary>
    public static async Task<bool> MarkQueuedAsync(this IRepository<FollowUpSend> sends, int claimId, Guid token, int replySendId, int queuedEmailId, DateTime nowUtc) =>
        await sends.Table
            .Where(row => row.Id == claimId && row.ClaimToken == token && row.StatusId == Claimed)
            .Set(row => row.StatusId, (int)FollowUpSendStatus.Queued)
            .Set(row => row.ReplySendId, replySendId)
            .Set(row => row.QueuedEmailId, queuedEmailId)
            .Set(row => row.SentOnUtc, nowUtc)
            .Set(row => row.ClaimToken, (Guid?)null)
            .Set(row => row.ClaimExpiresOnUtc, (DateTime?)null)
            .UpdateAsync() == 1;

    /// <summary>Not sent, for good, with its reason (a resource key). Only for the claim's holder.</summary>
    public static async Task<bool> MarkSkippedAsync(this IRepository<FollowUpSend> sends, int claimId, Guid token, string reason) =>
        await sends.Table
            .Where(row => row.Id == claimId && row.ClaimToken == token && row.StatusId == Claimed)
            .Set(row => row.StatusId, (int)FollowUpSendStatus.Skipped)
            .Set(row => row.SkipReason, reason)
            .Set(row => row.ClaimToken, (Guid?)null)
            .Set(row => row.ClaimExpiresOnUtc, (DateTime?)null)
            .UpdateAsync() == 1;

    /// <summary>Gives the claim back after a failure: the next run takes it over at once and resumes with the same send key.</summary>
    public static Task<int> ReleaseAsync(this IRepository<FollowUpSend> sends, int claimId, Guid token) =>
        sends.Table
            .Where(row => row.Id == claimId && row.ClaimToken == token && row.StatusId == Claimed)
            .Set(row => row.ClaimToken, (Guid?)null)
            .Set(row => row.ClaimExpiresOnUtc, (DateTime?)null)
            .UpdateAsync();

    /// <summary>
    /// Removes a fresh claim that nothing was sent for (the cap across rules was reached): the target is due again at
    /// the next run. Only the holder's, only while it has no reply send row.
    /// </summary>
    public static Task<int> WithdrawAsync(this IRepository<FollowUpSend> sends, int claimId, Guid token) =>
        sends.Table
            .Where(row => row.Id == claimId && row.ClaimToken == token && row.StatusId == Claimed && row.ReplySendId == null)
            .DeleteAsync();
}
