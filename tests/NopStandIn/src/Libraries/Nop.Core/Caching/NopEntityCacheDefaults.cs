namespace Nop.Core.Caching;

// Real source: src/Libraries/Nop.Core/Caching/NopEntityCacheDefaults.cs
public static partial class NopEntityCacheDefaults<TEntity> where TEntity : BaseEntity
{
    public static string EntityTypeName => typeof(TEntity).Name.ToLowerInvariant();

    public static CacheKey ByIdCacheKey => new($"Nop.{EntityTypeName}.byid.{{0}}");

    public static CacheKey ByIdsCacheKey => new($"Nop.{EntityTypeName}.byids.{{0}}");

    public static CacheKey AllCacheKey => new($"Nop.{EntityTypeName}.all.");

    public static string Prefix => $"Nop.{EntityTypeName}.";

    public static string ByIdPrefix => $"Nop.{EntityTypeName}.byid.";

    public static string ByIdsPrefix => $"Nop.{EntityTypeName}.byids.";

    public static string AllPrefix => $"Nop.{EntityTypeName}.all.";
}
