using Nop.Core.Caching;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Services;

/// <summary>The abandoned carts of a store (<see cref="KpiAbandonedCartQuery"/>), cached one minute with the time counted.</summary>
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

        return await _staticCacheManager.GetAsync(key, async () =>
        {
            var nowUtc = _timeProvider.GetUtcNow().UtcDateTime;
            var (count, value) = await _query.CountAsync(storeId, nowUtc);
            return new KpiAbandonedCarts { Count = count, Value = value, CountedOnUtc = nowUtc };
        });
    }
}
