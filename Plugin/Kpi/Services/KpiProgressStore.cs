using System.Data.Common;
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

        var zone = await _timeZones.ForStoreAsync(storeId);
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var yesterday = KpiDay.Of(now, zone).AddDays(-1);
        var oldest = await _query.OldestOrderUtcAsync(storeId);
        var firstDay = oldest.HasValue ? KpiDay.Key(KpiDay.Of(oldest.Value, zone)) : 0;
        var endDay = KpiDay.Key(yesterday);
        var progress = new KpiRollupProgress
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

    public Task<bool> TryTakeRecentRefreshAsync(KpiRollupProgress progress, int today) =>
        _progress.TryTakeRecentRefreshAsync(progress.Id, today, _timeProvider.GetUtcNow().UtcDateTime);

    public Task<bool> TryClaimAsync(KpiRollupProgress progress, Guid token) =>
        _progress.TryClaimAsync(progress.Id, token, _timeProvider.GetUtcNow().UtcDateTime);

    public Task<bool> AdvanceAsync(KpiRollupProgress progress, Guid token, int doneDay, int nextDay) =>
        _progress.AdvanceAsync(progress.Id, token, doneDay, nextDay, _timeProvider.GetUtcNow().UtcDateTime);

    public Task<int> ReleaseAsync(KpiRollupProgress progress, Guid token, bool completed) =>
        _progress.ReleaseAsync(progress.Id, token, completed, _timeProvider.GetUtcNow().UtcDateTime);
}
