using System.Collections.Concurrent;
using System.Globalization;
using Nop.Core;
using Nop.Core.Caching;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;

/// <summary>
/// IStaticCacheManager over a dictionary, keyed like nopCommerce's memory cache: parameters formatted into
/// the key (entities by Id, decimals invariant, id lists joined), prefix removal, no caching when CacheTime is 0.
/// Expiry is not simulated. With <see cref="Enabled"/> false every read runs its acquire function, as on a cold cache
/// (what a benchmark of a query should measure; the benchmark project links this file).
/// </summary>
public sealed class InMemoryStaticCacheManager : IStaticCacheManager
{
    private readonly ConcurrentDictionary<string, object> _entries = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<string> Keys => _entries.Keys.ToList();

    public bool Enabled { get; set; } = true;

    public CacheKey PrepareKey(CacheKey cacheKey, params object[] cacheKeyParameters) =>
        cacheKey.Create(FormatParameter, cacheKeyParameters);

    public CacheKey PrepareKeyForDefaultCache(CacheKey cacheKey, params object[] cacheKeyParameters) =>
        cacheKey.Create(FormatParameter, cacheKeyParameters);

    public async Task<T> GetAsync<T>(CacheKey key, Func<Task<T>> acquire)
    {
        if (!Enabled || key.CacheTime <= 0)
            return await acquire();

        if (_entries.TryGetValue(key.Key, out var cached))
            return (T)cached;

        var value = await acquire();
        if (value != null)
            _entries[key.Key] = value;

        return value;
    }

    public Task<T> GetAsync<T>(CacheKey key, Func<T> acquire) => GetAsync(key, () => Task.FromResult(acquire()));

    public Task<T> GetAsync<T>(CacheKey key, T defaultValue = default) =>
        Task.FromResult(Enabled && _entries.TryGetValue(key.Key, out var cached) ? (T)cached : defaultValue);

    public Task<object> GetAsync(CacheKey key) =>
        Task.FromResult(Enabled && _entries.TryGetValue(key.Key, out var cached) ? cached : null);

    public Task RemoveAsync(CacheKey cacheKey, params object[] cacheKeyParameters)
    {
        _entries.TryRemove(PrepareKey(cacheKey, cacheKeyParameters).Key, out _);
        return Task.CompletedTask;
    }

    public Task SetAsync<T>(CacheKey key, T data)
    {
        if (Enabled && data != null && key.CacheTime > 0)
            _entries[key.Key] = data;

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

    private static object FormatParameter(object parameter) => parameter switch
    {
        null => "null",
        IEnumerable<int> ids => string.Join(",", ids.OrderBy(id => id)),
        IEnumerable<BaseEntity> entities => string.Join(",", entities.Select(entity => entity.Id).OrderBy(id => id)),
        BaseEntity entity => entity.Id,
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        _ => parameter
    };
}
