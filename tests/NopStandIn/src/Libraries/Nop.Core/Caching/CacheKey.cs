namespace Nop.Core.Caching;

// Real source: src/Libraries/Nop.Core/Caching/CacheKey.cs
public partial class CacheKey
{
    public CacheKey(string key)
    {
        Key = key;
    }

    public virtual CacheKey Create(Func<object, object> createCacheKeyParameters, params object[] keyObjects)
    {
        // As in nopCommerce: the copy does not keep this key's CacheTime, it gets the default one.
        var cacheKey = new CacheKey(Key);
        if (!keyObjects.Any())
            return cacheKey;
        cacheKey.Key = string.Format(cacheKey.Key, keyObjects.Select(createCacheKeyParameters).ToArray());
        return cacheKey;
    }

    public string Key { get; protected set; }

    /// <summary>Minutes; 60 is nopCommerce's default cache time (CacheConfig.DefaultCacheTime in appsettings).</summary>
    // Stand-in: nopCommerce reads the default from AppSettings (Singleton<AppSettings>); the stand-in uses its default, 60.
    public int CacheTime { get; set; } = DefaultCacheTime;

    /// <summary>Stand-in only (not in nopCommerce): the default CacheConfig.DefaultCacheTime, 60 minutes.</summary>
    internal const int DefaultCacheTime = 60;
}
