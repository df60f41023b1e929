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
        var cacheKey = new CacheKey(Key) { CacheTime = CacheTime };
        if (!keyObjects.Any())
            return cacheKey;
        cacheKey.Key = string.Format(cacheKey.Key, keyObjects.Select(createCacheKeyParameters).ToArray());
        return cacheKey;
    }

    public string Key { get; protected set; }

    /// <summary>Minutes; 60 is nopCommerce's default cache time.</summary>
    public int CacheTime { get; set; } = 60;
}
