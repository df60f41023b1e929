using System.Collections.Concurrent;
using System.Globalization;
using Nop.Core;
using Nop.Core.Caching;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;

/// <summary>
/// IStaticCacheManager over a dictionary, keyed like nopCommerce's memory cache: parameters formatted into
/// the key (entities by Id, decimals invariant, id lists joined), prefix removal, no caching when CacheTime is 0.
/// Keys are prepared as nopCommerce's CacheKeyService prepares them: PrepareKey makes a copy through CacheKey.Create
/// (which gives it the default cache time, as in nopCommerce) and PrepareKeyForDefaultCache sets
/// <see cref="DefaultCacheTime"/> (appsettings' CacheConfig.DefaultCacheTime). An entry expires CacheTime minutes
/// after it was stored, on <see cref="Clock"/> (as the absolute expiration of nopCommerce's memory cache).
/// With <see cref="Enabled"/> false every read runs its acquire function, as on a cold cache
/// (what a benchmark of a query should measure; the benchmark project links this file).
/// One instance is the memory cache of one application instance: two instances share nothing (a web farm without
/// nopCommerce's distributed cache).
/// </summary>
public sealed class InMemoryStaticCacheManager : IStaticCacheManager
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<string> Keys => _entries.Where(pair => !IsExpired(pair.Value)).Select(pair => pair.Key).ToList();

    public bool Enabled { get; set; } = true;

    /// <summary>The clock entries expire on.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>appsettings' CacheConfig.DefaultCacheTime, in minutes (nopCommerce's default: 60).</summary>
    public int DefaultCacheTime { get; set; } = 60;

    /// <summary>The minutes the entry under <paramref name="key"/> was stored for; null when there is none.</summary>
    public int? CacheTimeOf(string key) => _entries.TryGetValue(key, out var entry) && !IsExpired(entry) ? entry.CacheTime : null;

    public CacheKey PrepareKey(CacheKey cacheKey, params object[] cacheKeyParameters) =>
        cacheKey.Create(FormatParameter, cacheKeyParameters);

    public CacheKey PrepareKeyForDefaultCache(CacheKey cacheKey, params object[] cacheKeyParameters)
    {
        var key = cacheKey.Create(FormatParameter, cacheKeyParameters);
        key.CacheTime = DefaultCacheTime;
        return key;
    }

    public async Task<T> GetAsync<T>(CacheKey key, Func<Task<T>> acquire)
    {
        if (!Enabled || key.CacheTime <= 0)
            return await acquire();

        if (TryGet(key.Key, out var cached))
            return (T)cached;

        var value = await acquire();
        if (value != null)
            Store(key, value);

        return value;
    }

    public Task<T> GetAsync<T>(CacheKey key, Func<T> acquire) => GetAsync(key, () => Task.FromResult(acquire()));

    public Task<T> GetAsync<T>(CacheKey key, T defaultValue = default) =>
        Task.FromResult(Enabled && TryGet(key.Key, out var cached) ? (T)cached : defaultValue);

    public Task<object> GetAsync(CacheKey key) =>
        Task.FromResult(Enabled && TryGet(key.Key, out var cached) ? cached : null);

    public Task RemoveAsync(CacheKey cacheKey, params object[] cacheKeyParameters)
    {
        _entries.TryRemove(PrepareKey(cacheKey, cacheKeyParameters).Key, out _);
        return Task.CompletedTask;
    }

    public Task SetAsync<T>(CacheKey key, T data)
    {
        if (Enabled && data != null && key.CacheTime > 0)
            Store(key, data);

        return Task.CompletedTask;
    }

    public Task RemoveByPrefixAsync(string prefix, params object[] prefixParameters)
    {
        if (prefixParameters?.Length > 0)
            prefix = string.Format(prefix, prefixParameters.Select(FormatParameter).ToArray());

        foreach (var key in _entries.Keys.Where(key => key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            _entries.TryRemove(key, out _);

        return Task.CompletedTask;
    }

    public Task ClearAsync()
    {
        _entries.Clear();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
    }

    private void Store(CacheKey key, object value) =>
        _entries[key.Key] = new Entry(value, key.CacheTime, Clock.GetUtcNow().AddMinutes(key.CacheTime));

    private bool TryGet(string key, out object value)
    {
        if (_entries.TryGetValue(key, out var entry) && !IsExpired(entry))
        {
            value = entry.Value;
            return true;
        }

        value = null;
        return false;
    }

    private bool IsExpired(Entry entry) => Clock.GetUtcNow() >= entry.ExpiresOn;

    private sealed record Entry(object Value, int CacheTime, DateTimeOffset ExpiresOn);

    /// <summary>A key parameter as nopCommerce formats it (it hashes id lists; joined here).</summary>
    internal static object FormatParameter(object parameter) => parameter switch
    {
        null => "null",
        IEnumerable<int> ids => string.Join(",", ids.OrderBy(id => id)),
        IEnumerable<BaseEntity> entities => string.Join(",", entities.Select(entity => entity.Id).OrderBy(id => id)),
        BaseEntity entity => entity.Id,
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        _ => parameter
    };
}
