using LinqToDB;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Data;

/// <summary>
/// Conditional updates of a store's rollup progress, the database's way of deciding which run does the work: a run
/// takes the backfill only if nobody holds it (or the holder's claim lapsed: it crashed), moves it on only while it
/// still holds it, and the recent days' refresh is done by the one run that moves <see cref="KpiRollupProgress.RecentRefreshDay"/>
/// to today. Kept apart because <c>using LinqToDB</c> makes some of nopCommerce's async helpers ambiguous.
/// </summary>
internal static class KpiProgressUpdates
{
    public static async Task<bool> TryClaimAsync(this IRepository<KpiRollupProgress> progress, int progressId, Guid token, DateTime nowUtc) =>
        await progress.Table
            .Where(row => row.Id == progressId && row.BackfillCompletedOnUtc == null
                && (row.ClaimToken == null || row.ClaimExpiresOnUtc == null || row.ClaimExpiresOnUtc < nowUtc))
            .Set(row => row.ClaimToken, token)
            .Set(row => row.ClaimExpiresOnUtc, nowUtc + KpiLimits.ClaimLease)
            .Set(row => row.UpdatedOnUtc, nowUtc)
            .UpdateAsync() == 1;

    /// <summary>The day is done: the backfill goes on from the day before, and the claim is extended.</summary>
    public static async Task<bool> AdvanceAsync(this IRepository<KpiRollupProgress> progress, int progressId, Guid token, int doneDay, int nextDay, DateTime nowUtc) =>
        await progress.Table
            .Where(row => row.Id == progressId && row.ClaimToken == token && row.BackfillNextDay == doneDay)
            .Set(row => row.BackfillNextDay, nextDay)
            .Set(row => row.BackfillDaysDone, row => row.BackfillDaysDone + 1)
            .Set(row => row.ClaimExpiresOnUtc, nowUtc + KpiLimits.ClaimLease)
            .Set(row => row.UpdatedOnUtc, nowUtc)
            .UpdateAsync() == 1;

    /// <summary>Gives the claim back (and marks the backfill complete when it reached the oldest order).</summary>
    public static Task<int> ReleaseAsync(this IRepository<KpiRollupProgress> progress, int progressId, Guid token, bool completed, DateTime nowUtc)
    {
        var update = progress.Table
            .Where(row => row.Id == progressId && row.ClaimToken == token)
            .Set(row => row.ClaimToken, (Guid?)null)
            .Set(row => row.ClaimExpiresOnUtc, (DateTime?)null)
            .Set(row => row.UpdatedOnUtc, nowUtc);
        if (completed)
            update = update.Set(row => row.BackfillCompletedOnUtc, (DateTime?)nowUtc);
        return update.UpdateAsync();
    }

    public static async Task<bool> TryTakeRecentRefreshAsync(this IRepository<KpiRollupProgress> progress, int progressId, int today, DateTime nowUtc) =>
        await progress.Table
            .Where(row => row.Id == progressId && row.RecentRefreshDay < today)
            .Set(row => row.RecentRefreshDay, today)
            .Set(row => row.UpdatedOnUtc, nowUtc)
            .UpdateAsync() == 1;

    /// <summary>
    /// The store's zone changed: the backfill starts again in <paramref name="restart"/>'s zone, done by the one run that
    /// moves the row off <paramref name="oldZoneId"/> (a second run finds the new zone and does nothing). A backfill
    /// running in the old zone loses its claim and stops at its next day.
    /// </summary>
    public static async Task<bool> TryRestartInZoneAsync(this IRepository<KpiRollupProgress> progress, int progressId, string oldZoneId, KpiRollupProgress restart) =>
        await progress.Table
            .Where(row => row.Id == progressId && row.TimeZoneId == oldZoneId)
            .Set(row => row.TimeZoneId, restart.TimeZoneId)
            .Set(row => row.BackfillEndDay, restart.BackfillEndDay)
            .Set(row => row.BackfillNextDay, restart.BackfillNextDay)
            .Set(row => row.FirstOrderDay, restart.FirstOrderDay)
            .Set(row => row.BackfillDaysDone, 0)
            .Set(row => row.BackfillCompletedOnUtc, restart.BackfillCompletedOnUtc)
            .Set(row => row.ClaimToken, (Guid?)null)
            .Set(row => row.ClaimExpiresOnUtc, (DateTime?)null)
            .Set(row => row.RecentRefreshDay, 0)
            .Set(row => row.StartedOnUtc, restart.StartedOnUtc)
            .Set(row => row.UpdatedOnUtc, restart.UpdatedOnUtc)
            .UpdateAsync() == 1;
}
