using System.Linq.Expressions;
using System.Transactions;
using Nop.Core;
using Nop.Core.Caching;
using Nop.Core.Domain.Common;
using Nop.Core.Events;

namespace Nop.Data;

// Real source: src/Libraries/Nop.Data/EntityRepository.cs
/// <summary>
/// Repository over an INopDataProvider: publishes entity events, soft-deletes ISoftDeletedEntity, caches through
/// IStaticCacheManager when given a cache-key delegate.
/// </summary>
public partial class EntityRepository<TEntity> : IRepository<TEntity> where TEntity : BaseEntity
{
    protected readonly IEventPublisher _eventPublisher;
    protected readonly INopDataProvider _dataProvider;
    protected readonly IStaticCacheManager _staticCacheManager;

    // The store's constructor also takes IShortTermCacheManager and AppSettings (to know whether the cache is
    // distributed). The stand-in's cache is in-memory and the short-term cache falls back to the static one.
    public EntityRepository(IEventPublisher eventPublisher, INopDataProvider dataProvider, IStaticCacheManager staticCacheManager)
    {
        _eventPublisher = eventPublisher;
        _dataProvider = dataProvider;
        _staticCacheManager = staticCacheManager;
    }

    public virtual IQueryable<TEntity> Table => _dataProvider.GetTable<TEntity>();

    protected virtual async Task<IList<TEntity>> GetEntitiesAsync(Func<Task<IList<TEntity>>> getAllAsync, Func<IStaticCacheManager, CacheKey> getCacheKey)
    {
        if (getCacheKey == null)
            return await getAllAsync();

        var cacheKey = getCacheKey(_staticCacheManager)
            ?? _staticCacheManager.PrepareKeyForDefaultCache(NopEntityCacheDefaults<TEntity>.AllCacheKey);

        return await _staticCacheManager.GetAsync(cacheKey, getAllAsync);
    }

    protected virtual async Task<IList<TEntity>> GetEntitiesAsync(Func<Task<IList<TEntity>>> getAllAsync, Func<IStaticCacheManager, Task<CacheKey>> getCacheKey)
    {
        if (getCacheKey == null)
            return await getAllAsync();

        var cacheKey = await getCacheKey(_staticCacheManager)
            ?? _staticCacheManager.PrepareKeyForDefaultCache(NopEntityCacheDefaults<TEntity>.AllCacheKey);

        return await _staticCacheManager.GetAsync(cacheKey, getAllAsync);
    }

    protected virtual IQueryable<TEntity> AddDeletedFilter(IQueryable<TEntity> query, in bool includeDeleted)
    {
        if (includeDeleted || !typeof(ISoftDeletedEntity).IsAssignableFrom(typeof(TEntity)))
            return query;

        return query.OfType<ISoftDeletedEntity>().Where(entry => !entry.Deleted).OfType<TEntity>();
    }

    public virtual async Task<TEntity> GetByIdAsync(int? id, Func<ICacheKeyService, CacheKey> getCacheKey = null, bool includeDeleted = true, bool useShortTermCache = false)
    {
        if (!id.HasValue || id == 0)
            return null;

        var entityId = id.Value;

        async Task<TEntity> getEntityAsync() =>
            await AddDeletedFilter(Table, includeDeleted).FirstOrDefaultAsync(entity => entity.Id == entityId);

        if (getCacheKey == null)
            return await getEntityAsync();

        var cacheKey = getCacheKey(_staticCacheManager)
            ?? _staticCacheManager.PrepareKeyForDefaultCache(NopEntityCacheDefaults<TEntity>.ByIdCacheKey, id);

        return await _staticCacheManager.GetAsync(cacheKey, getEntityAsync);
    }

    public virtual TEntity GetById(int? id, Func<ICacheKeyService, CacheKey> getCacheKey = null, bool includeDeleted = true)
    {
        if (!id.HasValue || id == 0)
            return null;

        var entityId = id.Value;

        TEntity getEntity() => AddDeletedFilter(Table, includeDeleted).FirstOrDefault(entity => entity.Id == entityId);

        if (getCacheKey == null)
            return getEntity();

        var cacheKey = getCacheKey(_staticCacheManager)
            ?? _staticCacheManager.PrepareKeyForDefaultCache(NopEntityCacheDefaults<TEntity>.ByIdCacheKey, id);

        return _staticCacheManager.GetAsync(cacheKey, getEntity).GetAwaiter().GetResult();
    }

    public virtual async Task<IList<TEntity>> GetByIdsAsync(IList<int> ids, Func<ICacheKeyService, CacheKey> getCacheKey = null, bool includeDeleted = true)
    {
        if (ids?.Any() != true)
            return new List<TEntity>();

        static IList<TEntity> sortByIdList(IList<int> listOfId, IDictionary<int, TEntity> entitiesById)
        {
            var sorted = new List<TEntity>(listOfId.Count);
            foreach (var id in listOfId)
                if (entitiesById.TryGetValue(id, out var entity))
                    sorted.Add(entity);

            return sorted;
        }

        async Task<IList<TEntity>> getByIdsAsync(IList<int> listOfId, bool sort = true)
        {
            var query = AddDeletedFilter(Table, includeDeleted).Where(entry => listOfId.Contains(entry.Id));

            return sort
                ? sortByIdList(listOfId, await query.ToDictionaryAsync(entry => entry.Id))
                : await query.ToListAsync();
        }

        if (getCacheKey == null)
            return await getByIdsAsync(ids);

        var cacheKey = getCacheKey(_staticCacheManager);
        if (cacheKey != null)
            return await _staticCacheManager.GetAsync(cacheKey, async () => await getByIdsAsync(ids));

        // in-memory cache: cache each entity under its by-id key, so single and list reads share entries
        var cachedById = new Dictionary<int, TEntity>();
        foreach (var id in ids.Distinct())
        {
            var cached = await _staticCacheManager.GetAsync(
                _staticCacheManager.PrepareKeyForDefaultCache(NopEntityCacheDefaults<TEntity>.ByIdCacheKey, id), default(TEntity));
            if (cached != null)
                cachedById[cached.Id] = cached;
        }

        var missingIds = ids.Except(cachedById.Keys).ToList();
        var missingEntities = missingIds.Count > 0 ? await getByIdsAsync(missingIds, false) : new List<TEntity>();

        foreach (var entity in missingEntities)
        {
            await _staticCacheManager.SetAsync(
                _staticCacheManager.PrepareKeyForDefaultCache(NopEntityCacheDefaults<TEntity>.ByIdCacheKey, entity.Id), entity);
            cachedById[entity.Id] = entity;
        }

        return sortByIdList(ids, cachedById);
    }

    public virtual async Task<IList<TEntity>> GetAllAsync(Func<IQueryable<TEntity>, IQueryable<TEntity>> func = null,
        Func<ICacheKeyService, CacheKey> getCacheKey = null, bool includeDeleted = true)
    {
        async Task<IList<TEntity>> getAllAsync()
        {
            var query = AddDeletedFilter(Table, includeDeleted);
            query = func != null ? func(query) : query;

            return await query.ToListAsync();
        }

        return await GetEntitiesAsync(getAllAsync, getCacheKey);
    }

    public virtual async Task<IList<TEntity>> GetAllAsync(Func<IQueryable<TEntity>, Task<IQueryable<TEntity>>> func = null,
        Func<ICacheKeyService, CacheKey> getCacheKey = null, bool includeDeleted = true)
    {
        async Task<IList<TEntity>> getAllAsync()
        {
            var query = AddDeletedFilter(Table, includeDeleted);
            query = func != null ? await func(query) : query;

            return await query.ToListAsync();
        }

        return await GetEntitiesAsync(getAllAsync, getCacheKey);
    }

    public virtual IList<TEntity> GetAll(Func<IQueryable<TEntity>, IQueryable<TEntity>> func = null,
        Func<ICacheKeyService, CacheKey> getCacheKey = null, bool includeDeleted = true)
    {
        IList<TEntity> getAll()
        {
            var query = AddDeletedFilter(Table, includeDeleted);
            query = func != null ? func(query) : query;

            return query.ToList();
        }

        if (getCacheKey == null)
            return getAll();

        var cacheKey = getCacheKey(_staticCacheManager)
            ?? _staticCacheManager.PrepareKeyForDefaultCache(NopEntityCacheDefaults<TEntity>.AllCacheKey);

        return _staticCacheManager.GetAsync(cacheKey, getAll).GetAwaiter().GetResult();
    }

    public virtual async Task<IList<TEntity>> GetAllAsync(Func<IQueryable<TEntity>, Task<IQueryable<TEntity>>> func,
        Func<ICacheKeyService, Task<CacheKey>> getCacheKey, bool includeDeleted = true)
    {
        async Task<IList<TEntity>> getAllAsync()
        {
            var query = AddDeletedFilter(Table, includeDeleted);
            query = func != null ? await func(query) : query;

            return await query.ToListAsync();
        }

        return await GetEntitiesAsync(getAllAsync, getCacheKey);
    }

    public virtual async Task<IPagedList<TEntity>> GetAllPagedAsync(Func<IQueryable<TEntity>, IQueryable<TEntity>> func = null,
        int pageIndex = 0, int pageSize = int.MaxValue, bool getOnlyTotalCount = false, bool includeDeleted = true)
    {
        var query = AddDeletedFilter(Table, includeDeleted);
        query = func != null ? func(query) : query;

        return await query.ToPagedListAsync(pageIndex, pageSize, getOnlyTotalCount);
    }

    public virtual async Task<IPagedList<TEntity>> GetAllPagedAsync(Func<IQueryable<TEntity>, Task<IQueryable<TEntity>>> func = null,
        int pageIndex = 0, int pageSize = int.MaxValue, bool getOnlyTotalCount = false, bool includeDeleted = true)
    {
        var query = AddDeletedFilter(Table, includeDeleted);
        query = func != null ? await func(query) : query;

        return await query.ToPagedListAsync(pageIndex, pageSize, getOnlyTotalCount);
    }

    public virtual async Task InsertAsync(TEntity entity, bool publishEvent = true)
    {
        ArgumentNullException.ThrowIfNull(entity);

        await _dataProvider.InsertEntityAsync(entity);

        if (publishEvent)
            await _eventPublisher.EntityInsertedAsync(entity);
    }

    public virtual void Insert(TEntity entity, bool publishEvent = true)
    {
        ArgumentNullException.ThrowIfNull(entity);

        _dataProvider.InsertEntity(entity);

        if (publishEvent)
            _eventPublisher.Publish(new EntityInsertedEvent<TEntity>(entity));
    }

    public virtual async Task InsertAsync(IList<TEntity> entities, bool publishEvent = true)
    {
        ArgumentNullException.ThrowIfNull(entities);

        using (var transaction = new TransactionScope(TransactionScopeAsyncFlowOption.Enabled))
        {
            await _dataProvider.BulkInsertEntitiesAsync(entities);
            transaction.Complete();
        }

        if (!publishEvent)
            return;

        foreach (var entity in entities)
            await _eventPublisher.EntityInsertedAsync(entity);
    }

    public virtual void Insert(IList<TEntity> entities, bool publishEvent = true)
    {
        ArgumentNullException.ThrowIfNull(entities);

        using (var transaction = new TransactionScope(TransactionScopeAsyncFlowOption.Enabled))
        {
            _dataProvider.BulkInsertEntities(entities);
            transaction.Complete();
        }

        if (!publishEvent)
            return;

        foreach (var entity in entities)
            _eventPublisher.Publish(new EntityInsertedEvent<TEntity>(entity));
    }

    public virtual async Task<TEntity> LoadOriginalCopyAsync(TEntity entity)
    {
        var entityId = entity.Id;
        return await _dataProvider.GetTable<TEntity>().FirstOrDefaultAsync(e => e.Id == entityId);
    }

    public virtual async Task UpdateAsync(TEntity entity, bool publishEvent = true)
    {
        ArgumentNullException.ThrowIfNull(entity);

        await _dataProvider.UpdateEntityAsync(entity);

        if (publishEvent)
            await _eventPublisher.EntityUpdatedAsync(entity);
    }

    public virtual void Update(TEntity entity, bool publishEvent = true)
    {
        ArgumentNullException.ThrowIfNull(entity);

        _dataProvider.UpdateEntity(entity);

        if (publishEvent)
            _eventPublisher.Publish(new EntityUpdatedEvent<TEntity>(entity));
    }

    public virtual async Task UpdateAsync(IList<TEntity> entities, bool publishEvent = true)
    {
        ArgumentNullException.ThrowIfNull(entities);

        if (!entities.Any())
            return;

        await _dataProvider.UpdateEntitiesAsync(entities);

        if (!publishEvent)
            return;

        foreach (var entity in entities)
            await _eventPublisher.EntityUpdatedAsync(entity);
    }

    public virtual void Update(IList<TEntity> entities, bool publishEvent = true)
    {
        ArgumentNullException.ThrowIfNull(entities);

        if (!entities.Any())
            return;

        _dataProvider.UpdateEntities(entities);

        if (!publishEvent)
            return;

        foreach (var entity in entities)
            _eventPublisher.Publish(new EntityUpdatedEvent<TEntity>(entity));
    }

    public virtual async Task DeleteAsync(TEntity entity, bool publishEvent = true)
    {
        ArgumentNullException.ThrowIfNull(entity);

        if (entity is ISoftDeletedEntity softDeleted)
        {
            softDeleted.Deleted = true;
            await _dataProvider.UpdateEntityAsync(entity);
        }
        else
            await _dataProvider.DeleteEntityAsync(entity);

        if (publishEvent)
            await _eventPublisher.EntityDeletedAsync(entity);
    }

    public virtual void Delete(TEntity entity, bool publishEvent = true)
    {
        ArgumentNullException.ThrowIfNull(entity);

        if (entity is ISoftDeletedEntity softDeleted)
        {
            softDeleted.Deleted = true;
            _dataProvider.UpdateEntity(entity);
        }
        else
            _dataProvider.DeleteEntity(entity);

        if (publishEvent)
            _eventPublisher.Publish(new EntityDeletedEvent<TEntity>(entity));
    }

    public virtual async Task DeleteAsync(IList<TEntity> entities, bool publishEvent = true)
    {
        ArgumentNullException.ThrowIfNull(entities);

        if (!entities.Any())
            return;

        using (var transaction = new TransactionScope(TransactionScopeAsyncFlowOption.Enabled))
        {
            if (typeof(ISoftDeletedEntity).IsAssignableFrom(typeof(TEntity)))
            {
                foreach (var entity in entities)
                    ((ISoftDeletedEntity)entity).Deleted = true;

                await _dataProvider.UpdateEntitiesAsync(entities);
            }
            else
                await _dataProvider.BulkDeleteEntitiesAsync(entities);

            transaction.Complete();
        }

        if (!publishEvent)
            return;

        foreach (var entity in entities)
            await _eventPublisher.EntityDeletedAsync(entity);
    }

    public virtual void Delete(IList<TEntity> entities, bool publishEvent = true)
    {
        ArgumentNullException.ThrowIfNull(entities);

        if (!entities.Any())
            return;

        using (var transaction = new TransactionScope(TransactionScopeAsyncFlowOption.Enabled))
        {
            if (typeof(ISoftDeletedEntity).IsAssignableFrom(typeof(TEntity)))
            {
                foreach (var entity in entities)
                    ((ISoftDeletedEntity)entity).Deleted = true;

                _dataProvider.UpdateEntities(entities);
            }
            else
                _dataProvider.BulkDeleteEntities(entities);

            transaction.Complete();
        }

        if (!publishEvent)
            return;

        foreach (var entity in entities)
            _eventPublisher.Publish(new EntityDeletedEvent<TEntity>(entity));
    }

    public virtual async Task<int> DeleteAsync(Expression<Func<TEntity, bool>> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);

        using var transaction = new TransactionScope(TransactionScopeAsyncFlowOption.Enabled);
        var count = await _dataProvider.BulkDeleteEntitiesAsync(predicate);
        transaction.Complete();

        return count;
    }

    public virtual int Delete(Expression<Func<TEntity, bool>> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);

        using var transaction = new TransactionScope(TransactionScopeAsyncFlowOption.Enabled);
        var count = _dataProvider.BulkDeleteEntities(predicate);
        transaction.Complete();

        return count;
    }

    public virtual async Task TruncateAsync(bool resetIdentity = false)
    {
        await _dataProvider.TruncateAsync<TEntity>(resetIdentity);
    }
}
