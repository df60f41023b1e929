using System.Linq.Expressions;
using LinqToDB.Data;
using Nop.Core;

namespace Nop.Data;

// Real source: src/Libraries/Nop.Data/INopDataProvider.cs
// (subset: the database administration members - create, backup, restore, re-index, shrink, collation,
// connection-string building, field hashes, temporary storages - are not in the stand-in)
/// <summary>Data access of one database; every operation opens its own connection.</summary>
public partial interface INopDataProvider
{
    Task<TEntity> InsertEntityAsync<TEntity>(TEntity entity) where TEntity : BaseEntity;

    TEntity InsertEntity<TEntity>(TEntity entity) where TEntity : BaseEntity;

    /// <summary>Updates the row whose primary key is the entity's.</summary>
    Task UpdateEntityAsync<TEntity>(TEntity entity) where TEntity : BaseEntity;

    void UpdateEntity<TEntity>(TEntity entity) where TEntity : BaseEntity;

    Task UpdateEntitiesAsync<TEntity>(IEnumerable<TEntity> entities) where TEntity : BaseEntity;

    void UpdateEntities<TEntity>(IEnumerable<TEntity> entities) where TEntity : BaseEntity;

    Task DeleteEntityAsync<TEntity>(TEntity entity) where TEntity : BaseEntity;

    void DeleteEntity<TEntity>(TEntity entity) where TEntity : BaseEntity;

    Task BulkDeleteEntitiesAsync<TEntity>(IList<TEntity> entities) where TEntity : BaseEntity;

    void BulkDeleteEntities<TEntity>(IList<TEntity> entities) where TEntity : BaseEntity;

    /// <returns>The number of deleted rows.</returns>
    Task<int> BulkDeleteEntitiesAsync<TEntity>(Expression<Func<TEntity, bool>> predicate) where TEntity : BaseEntity;

    int BulkDeleteEntities<TEntity>(Expression<Func<TEntity, bool>> predicate) where TEntity : BaseEntity;

    Task BulkInsertEntitiesAsync<TEntity>(IEnumerable<TEntity> entities) where TEntity : BaseEntity;

    void BulkInsertEntities<TEntity>(IEnumerable<TEntity> entities) where TEntity : BaseEntity;

    string CreateForeignKeyName(string foreignTable, string foreignColumn, string primaryTable, string primaryColumn);

    string GetIndexName(string targetTable, string targetColumn);

    /// <summary>A linq2db table of the entity; each query it runs opens and closes its own connection.</summary>
    IQueryable<TEntity> GetTable<TEntity>() where TEntity : BaseEntity;

    /// <returns>The next identity value of the entity's table; null when it cannot be read.</returns>
    Task<int?> GetTableIdentAsync<TEntity>() where TEntity : BaseEntity;

    Task SetTableIdentAsync<TEntity>(int ident) where TEntity : BaseEntity;

    Task<bool> DatabaseExistsAsync();

    bool DatabaseExists();

    /// <returns>The number of affected rows.</returns>
    Task<int> ExecuteNonQueryAsync(string sql, params DataParameter[] dataParameters);

    Task<IList<T>> QueryProcAsync<T>(string procedureName, params DataParameter[] parameters);

    Task<IList<T>> QueryAsync<T>(string sql, params DataParameter[] parameters);

    Task TruncateAsync<TEntity>(bool resetIdentity = false) where TEntity : BaseEntity;

    /// <summary>linq2db's name of the database provider.</summary>
    string ConfigurationName { get; }

    /// <summary>Longest input the database hashing functions accept; 0 when unlimited.</summary>
    int SupportedLengthOfBinaryHash { get; }

    bool BackupSupported { get; }
}
