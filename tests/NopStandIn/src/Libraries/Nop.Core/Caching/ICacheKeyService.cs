namespace Nop.Core.Caching;

// Real source: src/Libraries/Nop.Core/Caching/ICacheKeyService.cs
public partial interface ICacheKeyService
{
    CacheKey PrepareKey(CacheKey cacheKey, params object[] cacheKeyParameters);
    CacheKey PrepareKeyForDefaultCache(CacheKey cacheKey, params object[] cacheKeyParameters);
}
