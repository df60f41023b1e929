using Nop.Plugin.Misc.MerchantOps.Kpi.Data;
using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;
using Nop.Plugin.Misc.MerchantOps.Kpi.Services.Contracts;
using Nop.Plugin.Misc.MerchantOps.Planner.Services;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Services;

/// <summary>
/// A day's rollup: the store's zone gives the day's UTC bounds, <see cref="KpiSalesQuery"/> the figures, and
/// <see cref="KpiSalesDayUpsert"/> writes each (store, vendor, day) row in one statement. Figures are absolute (counted
/// from the orders, never added to what the row had), so a re-run or a concurrent run writes the same values.
/// </summary>
public class KpiRollupService : IKpiRollupService
{
    private readonly KpiProgressStore _progress;
    private readonly KpiSalesQuery _query;
    private readonly TimeProvider _timeProvider;
    private readonly PlannerTimeZones _timeZones;
    private readonly KpiSalesDayUpsert _upsert;

    public KpiRollupService(KpiProgressStore progress, KpiSalesQuery query, TimeProvider timeProvider, PlannerTimeZones timeZones, KpiSalesDayUpsert upsert)
    {
        _progress = progress;
        _query = query;
        _timeProvider = timeProvider;
        _timeZones = timeZones;
        _upsert = upsert;
    }

    public async Task<KpiDayRollup> RollUpDayAsync(int storeId, DateOnly day)
    {
        var zone = await _timeZones.ForStoreAsync(storeId);
        var window = KpiDay.Window(day, zone);
        var store = await _query.StoreAsync(storeId, window);
        var vendors = await _query.VendorsAsync(storeId, window);

        var now = _timeProvider.GetUtcNow().UtcDateTime;
        await _upsert.WriteAsync(storeId, window.Key, store, zone.Id, now);
        foreach (var vendor in vendors)
            await _upsert.WriteAsync(storeId, window.Key, vendor, zone.Id, now);
        await _upsert.DeleteOtherVendorsAsync(storeId, window.Key, vendors.Select(v => v.VendorId).ToList());

        return new KpiDayRollup(storeId, window, zone.Id, store, vendors.ToList());
    }

    public async Task<int> RollUpRecentAsync(int storeId)
    {
        var zone = await _timeZones.ForStoreAsync(storeId);
        var today = KpiDay.Of(_timeProvider.GetUtcNow().UtcDateTime, zone);
        await RollUpDayAsync(storeId, today);
        await RollUpDayAsync(storeId, today.AddDays(-1));
        var days = 2;

        var progress = await _progress.GetOrStartAsync(storeId);
        if (!await _progress.TryTakeRecentRefreshAsync(progress, KpiDay.Key(today)))
            return days;

        // Once a local day: the days before yesterday again, for refunds and cancellations made since (no date is kept for them).
        for (var day = today.AddDays(-2); day >= today.AddDays(-1 - KpiLimits.RecentDaysRefreshed); day = day.AddDays(-1))
        {
            var key = KpiDay.Key(day);
            // older than the oldest order, or not backfilled yet (the backfill will do it, with the days before)
            if (key < progress.FirstOrderDay || (progress.BackfillCompletedOnUtc == null && key <= progress.BackfillNextDay))
                break;
            await RollUpDayAsync(storeId, day);
            days++;
        }

        return days;
    }
}
