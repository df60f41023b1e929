using LinqToDB;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Kpi.Digest.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Digest.Data;

/// <summary>
/// Conditional updates of a digest's claim row: the database decides which run queues the week's email. Kept apart
/// because <c>using LinqToDB</c> makes some of nopCommerce's async helpers ambiguous.
/// </summary>
internal static class KpiDigestSendUpdates
{
    /// <summary>Takes over a claim nobody holds (its run failed and gave it back) or whose run died (lapsed); never a sent one.</summary>
    public static async Task<bool> TryTakeOverAsync(this IRepository<KpiDigestSend> sends, int sendId, Guid token, DateTime nowUtc, TimeSpan lease) =>
        await sends.Table
            .Where(row => row.Id == sendId && row.QueuedEmailId == null
                && (row.ClaimToken == null || row.ClaimExpiresOnUtc == null || row.ClaimExpiresOnUtc < nowUtc))
            .Set(row => row.ClaimToken, token)
            .Set(row => row.ClaimExpiresOnUtc, nowUtc + lease)
            .UpdateAsync() == 1;

    /// <summary>Records the queued email, only for the claim's holder and only once (run in the email's transaction).</summary>
    public static async Task<bool> MarkQueuedAsync(this IRepository<KpiDigestSend> sends, int sendId, Guid token, int queuedEmailId, DateTime nowUtc) =>
        await sends.Table
            .Where(row => row.Id == sendId && row.ClaimToken == token && row.QueuedEmailId == null)
            .Set(row => row.QueuedEmailId, queuedEmailId)
            .Set(row => row.QueuedOnUtc, nowUtc)
            .Set(row => row.ClaimToken, (Guid?)null)
            .Set(row => row.ClaimExpiresOnUtc, (DateTime?)null)
            .UpdateAsync() == 1;

    /// <summary>Gives an unsent claim back after a failure, so the next run retries at once.</summary>
    public static Task<int> ReleaseAsync(this IRepository<KpiDigestSend> sends, int sendId, Guid token) =>
        sends.Table
            .Where(row => row.Id == sendId && row.ClaimToken == token && row.QueuedEmailId == null)
            .Set(row => row.ClaimToken, (Guid?)null)
            .Set(row => row.ClaimExpiresOnUtc, (DateTime?)null)
            .UpdateAsync();
}
