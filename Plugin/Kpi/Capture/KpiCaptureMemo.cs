using Microsoft.Extensions.Caching.Memory;
using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Capture;

/// <summary>
/// What this app instance already wrote or decided, so that a page view whose step did not change costs no database call:
/// per visitor and store, the day and step last written; per customer, whether they are staff (excluded); per store,
/// its time zone. A bounded in-process cache of its own (<see cref="MostEntries"/> entries, each of size 1; past that,
/// new entries are not kept and the oldest are compacted away), registered once per app instance (never a static field).
/// <para>
/// Not nopCommerce's IStaticCacheManager: in a web farm it is the Redis-backed distributed cache, scoped per request, so
/// every page view would make a Redis round trip (far above the 50 µs a page view may cost) and every written step a
/// Redis write. Nothing here must be shared: the database is the truth (the upsert only ever moves a step forward), so
/// an instance whose memo is behind or empty only sends one conditional write that changes nothing.
/// </para>
/// </summary>
public sealed class KpiCaptureMemo : IDisposable
{
    /// <summary>Most entries kept (visitors, staff flags, store zones together): about 20 MB at most.</summary>
    public const int MostEntries = 100_000;

    private static readonly TimeSpan VisitorIdle = TimeSpan.FromHours(2);
    private static readonly TimeSpan StaffCheckedFor = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan ZoneReadFor = TimeSpan.FromMinutes(10);

    private readonly MemoryCache _cache;

    public KpiCaptureMemo()
    {
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = MostEntries });
    }

    /// <summary>Whether the visitor's day already holds this step or a further one (as far as this instance knows).</summary>
    public bool Holds(int storeId, int customerId, int localDay, KpiFunnelStep step) =>
        _cache.TryGetValue(new VisitorKey(storeId, customerId), out VisitorEntry entry) && entry.LocalDay == localDay && entry.Step >= step;

    /// <summary>Remembers the step written (never moves the memo back).</summary>
    public void Wrote(int storeId, int customerId, int localDay, KpiFunnelStep step)
    {
        var key = new VisitorKey(storeId, customerId);
        if (_cache.TryGetValue(key, out VisitorEntry entry) && entry.LocalDay == localDay && entry.Step >= step)
            return;
        _cache.Set(key, new VisitorEntry(localDay, step), new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = VisitorIdle });
    }

    public bool TryGetStaff(int customerId, out bool staff) => _cache.TryGetValue(new StaffKey(customerId), out staff);

    public void SetStaff(int customerId, bool staff) =>
        _cache.Set(new StaffKey(customerId), staff, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = StaffCheckedFor });

    public bool TryGetZone(int storeId, out TimeZoneInfo zone) => _cache.TryGetValue(new ZoneKey(storeId), out zone);

    public void SetZone(int storeId, TimeZoneInfo zone) =>
        _cache.Set(new ZoneKey(storeId), zone, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = ZoneReadFor });

    /// <summary>Entries held now (tests: the bound).</summary>
    public int Count => _cache.Count;

    /// <summary>Forgets everything (the plugin's tests; a store's time zone changed).</summary>
    public void Clear() => _cache.Compact(1.0);

    public void Dispose() => _cache.Dispose();

    private readonly record struct VisitorKey(int StoreId, int CustomerId);

    private readonly record struct StaffKey(int CustomerId);

    private readonly record struct ZoneKey(int StoreId);

    private readonly record struct VisitorEntry(int LocalDay, KpiFunnelStep Step);
}
