using Nop.Core.Caching;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Services;

/// <summary>
/// The abandoned carts of a store (<see cref="KpiAbandonedCartQuery"/>) with the time they were counted. The rollup task
/// counts them every 10 minutes into nopCommerce's static cache (<see cref="RefreshAsync"/>; Redis in a web farm, so
/// every instance reads that count); a request counts them itself only when no count is cached (after a restart, before
/// the task's first run), and keeps that one a minute.
/// </summary>
public class KpiAbandonedCartReader
{
    private readonly KpiAbandonedCartQuery _query;
    private readonly IStaticCacheManager _staticCacheManager;
    private readonly TimeProvider _timeProvider;

    public KpiAbandonedCartReader(KpiAbandonedCartQuery query, IStaticCacheManager staticCacheManager, TimeProvider timeProvider)
    {
        _query = query;
        _staticCacheManager = staticCacheManager;
        _timeProvider = timeProvider;
    }

    public virtual async Task<KpiAbandonedCarts> GetAsync(int storeId)
    {
        var template = KpiDashboardDefaults.AbandonedCartsCacheKey;
        var key = _staticCacheManager.PrepareKey(template, storeId);
        key.CacheTime = template.CacheTime;

        return await _staticCacheManager.GetAsync(key, () => CountAsync(storeId));
    }

    /// <summary>Counts the store's abandoned carts now and caches them for <see cref="KpiDashboardDefaults.AbandonedCartsCountedByTaskMinutes"/> minutes (the rollup task).</summary>
    public virtual async Task<KpiAbandonedCarts> RefreshAsync(int storeId)
    {
        var key = _staticCacheManager.PrepareKey(KpiDashboardDefaults.AbandonedCartsCacheKey, storeId);
        key.CacheTime = KpiDashboardDefaults.AbandonedCartsCountedByTaskMinutes;
        var carts = await CountAsync(storeId);
        await _staticCacheManager.SetAsync(key, carts);
        return carts;
    }

    private async Task<KpiAbandonedCarts> CountAsync(int storeId)
    {
        var nowUtc = _timeProvider.GetUtcNow().UtcDateTime;
        var (count, value) = await _query.CountAsync(storeId, nowUtc);
        return new KpiAbandonedCarts { Count = count, Value = value, CountedOnUtc = nowUtc };
    }
}
