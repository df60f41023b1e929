using System.Data.Common;
using System.Transactions;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Kpi.Data;
using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;
using Nop.Plugin.Misc.MerchantOps.Planner.Services;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Services;

/// <summary>
/// A store's rollup progress row, created on first need: the backfill will cover the days from the store's oldest order
/// (not deleted) to the day before yesterday, since the regular rollup does yesterday and today. Two runs creating it at
/// once: the unique store id keeps one, the other reads it.
/// </summary>
public class KpiProgressStore
{
    private readonly IRepository<KpiRollupProgress> _progress;
    private readonly KpiSalesQuery _query;
    private readonly TimeProvider _timeProvider;
    private readonly PlannerTimeZones _timeZones;

    public KpiProgressStore(IRepository<KpiRollupProgress> progress, KpiSalesQuery query, TimeProvider timeProvider, PlannerTimeZones timeZones)
    {
        _progress = progress;
        _query = query;
        _timeProvider = timeProvider;
        _timeZones = timeZones;
    }

    public Task<KpiRollupProgress> GetAsync(int storeId) =>
        _progress.Table.FirstOrDefaultAsync(row => row.StoreId == storeId);

    public async Task<KpiRollupProgress> GetOrStartAsync(int storeId)
    {
        var existing = await GetAsync(storeId);
        if (existing != null)
            return existing;

        var progress = await NewProgressAsync(storeId);

        try
        {
            await _progress.InsertAsync(progress, publishEvent: false);
            return progress;
        }
        catch (DbException)
        {
            // another run created it first (the unique store id refused this one); anything else is rethrown
            var first = await GetAsync(storeId);
            if (first == null)
                throw;
            return first;
        }
    }

    /// <summary>
    /// When the store's time zone is no longer the one its rows were rolled up in: the progress row starts the backfill
    /// again in the new zone (from the day before yesterday back to the oldest order's day in that zone) and the store's
    /// sales rows of other zones are deleted, in one transaction, by the one run whose conditional update moves the row
    /// to the new zone. The task's usual runs then roll up today and yesterday and backfill the rest, newest first, so
    /// no period ever sums days of two zones. Returns whether this call restarted it.
    /// </summary>
    /// <param name="salesRows">The writer of the sales rows, which deletes those of the other zones.</param>
    public async Task<bool> RestartIfZoneChangedAsync(int storeId, KpiSalesDayUpsert salesRows)
    {
        var progress = await GetOrStartAsync(storeId);
        var zone = await _timeZones.ForStoreAsync(storeId);
        if (string.Equals(progress.TimeZoneId, zone.Id, StringComparison.Ordinal))
            return false;

        var restart = await NewProgressAsync(storeId);
        using var transaction = new TransactionScope(TransactionScopeOption.Required,
            new TransactionOptions { IsolationLevel = IsolationLevel.ReadCommitted }, TransactionScopeAsyncFlowOption.Enabled);
        if (!await _progress.TryRestartInZoneAsync(progress.Id, progress.TimeZoneId, restart))
            return false;
        await salesRows.DeleteOtherZonesAsync(storeId, zone.Id);
        transaction.Complete();
        return true;
    }

    /// <summary>A progress row for the store as it is now: its zone, yesterday, its oldest order's local day.</summary>
    private async Task<KpiRollupProgress> NewProgressAsync(int storeId)
    {
        var zone = await _timeZones.ForStoreAsync(storeId);
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var yesterday = KpiDay.Of(now, zone).AddDays(-1);
        var oldest = await _query.OldestOrderUtcAsync(storeId);
        var firstDay = oldest.HasValue ? KpiDay.Key(KpiDay.Of(oldest.Value, zone)) : 0;
        var endDay = KpiDay.Key(yesterday);
        return new KpiRollupProgress
        {
            StoreId = storeId,
            TimeZoneId = zone.Id,
            BackfillEndDay = endDay,
            BackfillNextDay = KpiDay.Key(yesterday.AddDays(-1)),
            FirstOrderDay = firstDay,
            BackfillCompletedOnUtc = firstDay == 0 || firstDay >= endDay ? now : null,
            StartedOnUtc = now,
            UpdatedOnUtc = now
        };
    }

    public Task<bool> TryTakeRecentRefreshAsync(KpiRollupProgress progress, int today) =>
        _progress.TryTakeRecentRefreshAsync(progress.Id, today, _timeProvider.GetUtcNow().UtcDateTime);

    public Task<bool> TryClaimAsync(KpiRollupProgress progress, Guid token) =>
        _progress.TryClaimAsync(progress.Id, token, _timeProvider.GetUtcNow().UtcDateTime);

    public Task<bool> AdvanceAsync(KpiRollupProgress progress, Guid token, int doneDay, int nextDay) =>
        _progress.AdvanceAsync(progress.Id, token, doneDay, nextDay, _timeProvider.GetUtcNow().UtcDateTime);

    public Task<int> ReleaseAsync(KpiRollupProgress progress, Guid token, bool completed) =>
        _progress.ReleaseAsync(progress.Id, token, completed, _timeProvider.GetUtcNow().UtcDateTime);
}
