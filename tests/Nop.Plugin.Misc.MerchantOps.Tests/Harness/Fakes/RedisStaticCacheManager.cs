using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Newtonsoft.Json;
using Nop.Core.Caching;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using StackExchange.Redis;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;

/// <summary>The two Redis-backed static caches nopCommerce 4.90.3 offers (appsettings' DistributedCacheConfig.DistributedCacheType).</summary>
public enum RedisCacheType
{
    /// <summary>
    /// nopCommerce's default when the distributed cache is on: each instance keeps its values in its own memory and
    /// tells the others through Redis publish/subscribe which keys changed; they drop them.
    /// </summary>
    RedisSynchronizedMemory,

    /// <summary>The values themselves live in Redis (as JSON, through IDistributedCache); every instance reads them there.</summary>
    Redis
}

/// <summary>
/// The static cache of one application instance of a web farm, as nopCommerce 4.90.3 has it with its distributed
/// cache on (DistributedCacheConfig.Enabled), written from its behaviour:
/// <list type="bullet">
/// <item><see cref="RedisCacheType.Redis"/> (nopCommerce's RedisCacheManager): values stored as JSON under
/// "{instance name}{key}" through Microsoft.Extensions.Caching.StackExchangeRedis, expiring CacheTime minutes after
/// they were stored; nothing stored when CacheTime is 0 or the value null; RemoveByPrefix deletes the matching keys of
/// every server; Clear empties them.</item>
/// <item><see cref="RedisCacheType.RedisSynchronizedMemory"/> (nopCommerce's SynchronizedMemoryCacheManager over
/// RedisSynchronizedMemoryCache): values in this instance's memory. A removed key, and a key whose value this instance
/// replaces, is published to the other instances on a channel of the instance name, batched every
/// <see cref="PublishIntervalMs"/> (500 ms, DistributedCacheConfig.PublishIntervalMs); RemoveByPrefix and Clear are
/// published at once. An instance ignores its own messages and drops the keys the others name.</item>
/// </list>
/// Keys are prepared as nopCommerce prepares them (see <see cref="InMemoryStaticCacheManager"/>).
/// Stand-in: Clear deletes only this farm's keys (nopCommerce flushes the Redis database; tests share one server), and
/// the Redis type has no per-request copy of what it read (nopCommerce keeps one per scope).
/// </summary>
public sealed class RedisStaticCacheManager : IStaticCacheManager
{
    private const string ClearEvent = "__clear__";
    private const string RemoveByPrefixEvent = "__prefix__";

    private readonly ConnectionMultiplexer _connection;
    private readonly string _instanceName;
    private readonly RedisCache _distributedCache;
    private readonly ConcurrentDictionary<string, (object Value, DateTimeOffset ExpiresOn)> _memory = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _changedKeys = new();
    private readonly string _publisherId = Guid.NewGuid().ToString("N");
    private readonly Timer _publishTimer;
    private bool _disposed;

    private RedisStaticCacheManager(ConnectionMultiplexer connection, string instanceName, RedisCacheType type)
    {
        _connection = connection;
        _instanceName = instanceName;
        Type = type;

        if (type == RedisCacheType.Redis)
        {
            _distributedCache = new RedisCache(new RedisCacheOptions
            {
                InstanceName = instanceName,
                ConnectionMultiplexerFactory = () => Task.FromResult<IConnectionMultiplexer>(connection)
            });
            return;
        }

        _publishTimer = new Timer(_ => PublishChangedKeys(), null, PublishIntervalMs, PublishIntervalMs);
        _connection.GetSubscriber().Subscribe(RedisChannel.Pattern(ChannelPrefix + "*"), OnChangeMessage);
    }

    /// <summary>One application instance's cache, connected to the test Redis server; the instances of one farm share <paramref name="instanceName"/>.</summary>
    public static async Task<RedisStaticCacheManager> ConnectAsync(string instanceName, RedisCacheType type) =>
        new(await RedisTestServer.ConnectAsync(), instanceName, type);

    public RedisCacheType Type { get; }

    /// <summary>DistributedCacheConfig.PublishIntervalMs: how often changed keys are published (synchronized memory only).</summary>
    public const int PublishIntervalMs = 500;

    /// <summary>appsettings' CacheConfig.DefaultCacheTime, in minutes.</summary>
    public int DefaultCacheTime { get; set; } = 60;

    public CacheKey PrepareKey(CacheKey cacheKey, params object[] cacheKeyParameters) =>
        cacheKey.Create(InMemoryStaticCacheManager.FormatParameter, cacheKeyParameters);

    public CacheKey PrepareKeyForDefaultCache(CacheKey cacheKey, params object[] cacheKeyParameters)
    {
        var key = PrepareKey(cacheKey, cacheKeyParameters);
        key.CacheTime = DefaultCacheTime;
        return key;
    }

    public async Task<T> GetAsync<T>(CacheKey key, Func<Task<T>> acquire)
    {
        if (Type == RedisCacheType.RedisSynchronizedMemory)
        {
            if (key.CacheTime <= 0)
                return await acquire();
            if (TryGetLocal(key.Key, out var local))
                return (T)local;

            var acquired = await acquire();
            if (acquired != null)
                SetLocal(key, acquired);
            return acquired;
        }

        var json = await _distributedCache.GetStringAsync(key.Key);
        if (!string.IsNullOrEmpty(json))
            return JsonConvert.DeserializeObject<T>(json);

        var value = await acquire();
        if (value != null && key.CacheTime > 0)
            await _distributedCache.SetStringAsync(key.Key, JsonConvert.SerializeObject(value), EntryOptions(key));
        return value;
    }

    public Task<T> GetAsync<T>(CacheKey key, Func<T> acquire) => GetAsync(key, () => Task.FromResult(acquire()));

    public async Task<T> GetAsync<T>(CacheKey key, T defaultValue = default)
    {
        if (Type == RedisCacheType.RedisSynchronizedMemory)
            return TryGetLocal(key.Key, out var local) ? (T)local : defaultValue;

        var json = await _distributedCache.GetStringAsync(key.Key);
        return json != null ? JsonConvert.DeserializeObject<T>(json) : defaultValue;
    }

    public Task<object> GetAsync(CacheKey key) => GetAsync<object>(key, defaultValue: null);

    public async Task SetAsync<T>(CacheKey key, T data)
    {
        if (data == null || (key?.CacheTime ?? 0) <= 0)
            return;

        if (Type == RedisCacheType.RedisSynchronizedMemory)
            SetLocal(key, data);
        else
            await _distributedCache.SetStringAsync(key.Key, JsonConvert.SerializeObject(data), EntryOptions(key));
    }

    public async Task RemoveAsync(CacheKey cacheKey, params object[] cacheKeyParameters)
    {
        var key = PrepareKey(cacheKey, cacheKeyParameters).Key;
        if (Type == RedisCacheType.RedisSynchronizedMemory)
        {
            _memory.TryRemove(key, out _);
            _changedKeys.Enqueue(key);
        }
        else
            await _distributedCache.RemoveAsync(key);
    }

    public async Task RemoveByPrefixAsync(string prefix, params object[] prefixParameters)
    {
        if (prefixParameters?.Length > 0)
            prefix = string.Format(prefix, prefixParameters.Select(InMemoryStaticCacheManager.FormatParameter).ToArray());

        if (Type == RedisCacheType.RedisSynchronizedMemory)
        {
            RemoveLocalByPrefix(prefix);
            await PublishAsync(RemoveByPrefixEvent + prefix);
        }
        else
            await DeleteKeysAsync(_instanceName + prefix);
    }

    public async Task ClearAsync()
    {
        if (Type == RedisCacheType.RedisSynchronizedMemory)
        {
            _memory.Clear();
            await PublishAsync(ClearEvent);
        }
        else
            await DeleteKeysAsync(_instanceName);
    }

    public void Dispose()
    {
        if (_disposed)
            return;

        _disposed = true;
        _publishTimer?.Dispose();
        _distributedCache?.Dispose();
        _connection.Dispose();
    }

    private static DistributedCacheEntryOptions EntryOptions(CacheKey key) =>
        new() { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(key.CacheTime) };

    private async Task DeleteKeysAsync(string prefix)
    {
        var database = _connection.GetDatabase();
        foreach (var endPoint in _connection.GetEndPoints())
        {
            var keys = new List<RedisKey>();
            await foreach (var key in _connection.GetServer(endPoint).KeysAsync(database.Database, prefix + "*"))
                keys.Add(key);
            if (keys.Count > 0)
                await database.KeyDeleteAsync(keys.ToArray());
        }
    }

    private bool TryGetLocal(string key, out object value)
    {
        if (_memory.TryGetValue(key, out var entry) && entry.ExpiresOn > DateTimeOffset.UtcNow)
        {
            value = entry.Value;
            return true;
        }

        value = null;
        return false;
    }

    /// <summary>Stores the value here; replacing a value this instance had tells the others (as nopCommerce's eviction callback does).</summary>
    private void SetLocal(CacheKey key, object value)
    {
        var replaced = false;
        _memory.AddOrUpdate(key.Key,
            _ => (value, DateTimeOffset.UtcNow.AddMinutes(key.CacheTime)),
            (_, _) =>
            {
                replaced = true;
                return (value, DateTimeOffset.UtcNow.AddMinutes(key.CacheTime));
            });
        if (replaced)
            _changedKeys.Enqueue(key.Key);
    }

    private void RemoveLocalByPrefix(string prefix)
    {
        foreach (var key in _memory.Keys.Where(key => key.StartsWith(prefix, StringComparison.Ordinal)))
            _memory.TryRemove(key, out _);
    }

    private string ChannelPrefix => $"__change@{_connection.GetDatabase().Database}__{_instanceName}__:";

    private void PublishChangedKeys()
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        while (_changedKeys.TryDequeue(out var key))
            keys.Add(key);
        if (keys.Count > 0 && !_disposed)
            _connection.GetSubscriber().Publish(RedisChannel.Literal(ChannelPrefix + _publisherId), JsonConvert.SerializeObject(keys), CommandFlags.FireAndForget);
    }

    private Task PublishAsync(string change) =>
        _connection.GetSubscriber().PublishAsync(RedisChannel.Literal(ChannelPrefix + _publisherId), JsonConvert.SerializeObject(new[] { change }));

    private void OnChangeMessage(RedisChannel channel, RedisValue message)
    {
        if (channel.ToString() == ChannelPrefix + _publisherId || JsonConvert.DeserializeObject<string[]>(message.ToString()) is not { } keys)
            return;

        foreach (var key in keys)
        {
            if (key == ClearEvent)
                _memory.Clear();
            else if (key.StartsWith(RemoveByPrefixEvent, StringComparison.Ordinal))
                RemoveLocalByPrefix(key[RemoveByPrefixEvent.Length..]);
            else
                _memory.TryRemove(key, out _);
        }
    }
}
