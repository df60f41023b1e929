using System.Linq.Expressions;
using Nop.Core;
using Nop.Core.Caching;

namespace Nop.Data;

// Real source: src/Libraries/Nop.Data/IRepository.cs
/// <summary>Entity access as nopCommerce's services use it.</summary>
public partial interface IRepository<TEntity> where TEntity : BaseEntity
{
    /// <param name="getCacheKey">Null: no caching; a delegate returning null: the default by-id key.</param>
    /// <param name="includeDeleted">Whether soft-deleted entities (ISoftDeletedEntity) are returned.</param>
    /// <param name="useShortTermCache">Use the short-term (per-request) cache instead of the static cache.</param>
    /// <returns>Null for a null or zero identifier.</returns>
    Task<TEntity> GetByIdAsync(int? id, Func<ICacheKeyService, CacheKey> getCacheKey = null, bool includeDeleted = true, bool useShortTermCache = false);

    TEntity GetById(int? id, Func<ICacheKeyService, CacheKey> getCacheKey = null, bool includeDeleted = true);

    /// <returns>The entities found, in the order of <paramref name="ids"/>.</returns>
    Task<IList<TEntity>> GetByIdsAsync(IList<int> ids, Func<ICacheKeyService, CacheKey> getCacheKey = null, bool includeDeleted = true);

    Task<IList<TEntity>> GetAllAsync(Func<IQueryable<TEntity>, IQueryable<TEntity>> func = null,
        Func<ICacheKeyService, CacheKey> getCacheKey = null, bool includeDeleted = true);

    Task<IList<TEntity>> GetAllAsync(Func<IQueryable<TEntity>, Task<IQueryable<TEntity>>> func = null,
        Func<ICacheKeyService, CacheKey> getCacheKey = null, bool includeDeleted = true);

    IList<TEntity> GetAll(Func<IQueryable<TEntity>, IQueryable<TEntity>> func = null,
        Func<ICacheKeyService, CacheKey> getCacheKey = null, bool includeDeleted = true);

    Task<IList<TEntity>> GetAllAsync(Func<IQueryable<TEntity>, Task<IQueryable<TEntity>>> func,
        Func<ICacheKeyService, Task<CacheKey>> getCacheKey, bool includeDeleted = true);

    Task<IPagedList<TEntity>> GetAllPagedAsync(Func<IQueryable<TEntity>, IQueryable<TEntity>> func = null,
        int pageIndex = 0, int pageSize = int.MaxValue, bool getOnlyTotalCount = false, bool includeDeleted = true);

    Task<IPagedList<TEntity>> GetAllPagedAsync(Func<IQueryable<TEntity>, Task<IQueryable<TEntity>>> func = null,
        int pageIndex = 0, int pageSize = int.MaxValue, bool getOnlyTotalCount = false, bool includeDeleted = true);

    Task InsertAsync(TEntity entity, bool publishEvent = true);

    void Insert(TEntity entity, bool publishEvent = true);

    Task InsertAsync(IList<TEntity> entities, bool publishEvent = true);

    void Insert(IList<TEntity> entities, bool publishEvent = true);

    Task UpdateAsync(TEntity entity, bool publishEvent = true);

    void Update(TEntity entity, bool publishEvent = true);

    Task UpdateAsync(IList<TEntity> entities, bool publishEvent = true);

    void Update(IList<TEntity> entities, bool publishEvent = true);

    /// <summary>Deletes the row, or sets Deleted for an ISoftDeletedEntity; the deleted event is published either way.</summary>
    Task DeleteAsync(TEntity entity, bool publishEvent = true);

    void Delete(TEntity entity, bool publishEvent = true);

    Task DeleteAsync(IList<TEntity> entities, bool publishEvent = true);

    void Delete(IList<TEntity> entities, bool publishEvent = true);

    /// <summary>Deletes the matching rows in one statement: no soft delete, no events.</summary>
    /// <returns>The number of deleted rows.</returns>
    Task<int> DeleteAsync(Expression<Func<TEntity, bool>> predicate);

    int Delete(Expression<Func<TEntity, bool>> predicate);

    /// <summary>Reads the stored row of the entity again (its values before unsaved changes).</summary>
    Task<TEntity> LoadOriginalCopyAsync(TEntity entity);

    Task TruncateAsync(bool resetIdentity = false);

    /// <summary>The linq2db table; not filtered on soft deletion.</summary>
    IQueryable<TEntity> Table { get; }
}
