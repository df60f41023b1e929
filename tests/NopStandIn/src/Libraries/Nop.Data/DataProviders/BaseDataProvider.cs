using System.Data.Common;
using System.Linq.Expressions;
using LinqToDB;
using LinqToDB.Async;
using LinqToDB.Data;
using LinqToDB.DataProvider;
using LinqToDB.Mapping;
using LinqToDB.Tools;
using Nop.Core;
using Nop.Data.Mapping;

namespace Nop.Data.DataProviders;

// Real source: src/Libraries/Nop.Data/DataProviders/BaseDataProvider.cs
/// <summary>
/// linq2db data access shared by the engines. As in nopCommerce, each operation opens a connection of its own
/// and closes it, so several threads (or several application instances) can share one database.
/// </summary>
public abstract partial class BaseDataProvider
{
    // nopCommerce reads the connection string from its data settings; the stand-in is given it.
    protected BaseDataProvider(string connectionString)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        ConnectionString = connectionString;
    }

    protected string ConnectionString { get; }

    protected abstract IDataProvider LinqToDbDataProvider { get; }

    public string ConfigurationName => LinqToDbDataProvider.Name;

    protected MappingSchema MappingSchema => NopMappingSchema.GetMappingSchema(ConfigurationName, LinqToDbDataProvider);

    protected virtual DbConnection GetInternalDbConnection(string connectionString)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);

        // linq2db loads the driver (Npgsql, Microsoft.Data.Sqlite) by reflection: Nop.Data references no driver.
        return LinqToDbDataProvider.CreateConnection(connectionString);
    }

    protected virtual DbConnection CreateDbConnection(string connectionString = null) =>
        GetInternalDbConnection(!string.IsNullOrEmpty(connectionString) ? connectionString : ConnectionString);

    protected virtual DataOptions CreateDataOptions(IDataProvider dataProvider) =>
        new DataOptions()
            .UseConnectionString(dataProvider, ConnectionString)
            .UseMappingSchema(MappingSchema);

    protected virtual DataConnection CreateDataConnection() => CreateDataConnection(LinqToDbDataProvider);

    protected virtual DataConnection CreateDataConnection(IDataProvider dataProvider)
    {
        ArgumentNullException.ThrowIfNull(dataProvider);

        return new DataConnection(CreateDataOptions(dataProvider));
    }

    public virtual IQueryable<TEntity> GetTable<TEntity>() where TEntity : BaseEntity =>
        new DataContext(CreateDataOptions(LinqToDbDataProvider)).GetTable<TEntity>();

    public virtual async Task<TEntity> InsertEntityAsync<TEntity>(TEntity entity) where TEntity : BaseEntity
    {
        using var dataContext = CreateDataConnection();
        entity.Id = await dataContext.InsertWithInt32IdentityAsync(entity);
        return entity;
    }

    public virtual TEntity InsertEntity<TEntity>(TEntity entity) where TEntity : BaseEntity
    {
        using var dataContext = CreateDataConnection();
        entity.Id = dataContext.InsertWithInt32Identity(entity);
        return entity;
    }

    public virtual async Task UpdateEntityAsync<TEntity>(TEntity entity) where TEntity : BaseEntity
    {
        using var dataContext = CreateDataConnection();
        await dataContext.UpdateAsync(entity);
    }

    public virtual void UpdateEntity<TEntity>(TEntity entity) where TEntity : BaseEntity
    {
        using var dataContext = CreateDataConnection();
        dataContext.Update(entity);
    }

    // One update per entity: linq2db's Merge is not supported by every engine nopCommerce runs on.
    public virtual async Task UpdateEntitiesAsync<TEntity>(IEnumerable<TEntity> entities) where TEntity : BaseEntity
    {
        foreach (var entity in entities)
            await UpdateEntityAsync(entity);
    }

    public virtual void UpdateEntities<TEntity>(IEnumerable<TEntity> entities) where TEntity : BaseEntity
    {
        foreach (var entity in entities)
            UpdateEntity(entity);
    }

    public virtual async Task DeleteEntityAsync<TEntity>(TEntity entity) where TEntity : BaseEntity
    {
        using var dataContext = CreateDataConnection();
        await dataContext.DeleteAsync(entity);
    }

    public virtual void DeleteEntity<TEntity>(TEntity entity) where TEntity : BaseEntity
    {
        using var dataContext = CreateDataConnection();
        dataContext.Delete(entity);
    }

    public virtual async Task BulkDeleteEntitiesAsync<TEntity>(IList<TEntity> entities) where TEntity : BaseEntity
    {
        using var dataContext = CreateDataConnection();

        // entities without an identifier (composite keys of mapping tables) are deleted one by one by their key
        if (entities.All(entity => entity.Id == 0))
        {
            foreach (var entity in entities)
                await dataContext.DeleteAsync(entity);
            return;
        }

        var ids = entities.Select(entity => entity.Id).ToList();
        await dataContext.GetTable<TEntity>().Where(entity => ids.Contains(entity.Id)).DeleteAsync();
    }

    public virtual void BulkDeleteEntities<TEntity>(IList<TEntity> entities) where TEntity : BaseEntity
    {
        using var dataContext = CreateDataConnection();

        if (entities.All(entity => entity.Id == 0))
        {
            foreach (var entity in entities)
                dataContext.Delete(entity);
            return;
        }

        var ids = entities.Select(entity => entity.Id).ToList();
        dataContext.GetTable<TEntity>().Where(entity => ids.Contains(entity.Id)).Delete();
    }

    public virtual async Task<int> BulkDeleteEntitiesAsync<TEntity>(Expression<Func<TEntity, bool>> predicate) where TEntity : BaseEntity
    {
        using var dataContext = CreateDataConnection();
        return await dataContext.GetTable<TEntity>().Where(predicate).DeleteAsync();
    }

    public virtual int BulkDeleteEntities<TEntity>(Expression<Func<TEntity, bool>> predicate) where TEntity : BaseEntity
    {
        using var dataContext = CreateDataConnection();
        return dataContext.GetTable<TEntity>().Where(predicate).Delete();
    }

    public virtual async Task BulkInsertEntitiesAsync<TEntity>(IEnumerable<TEntity> entities) where TEntity : BaseEntity
    {
        using var dataContext = CreateDataConnection();
        await dataContext.BulkCopyAsync(new BulkCopyOptions { KeepIdentity = true },
            entities.RetrieveIdentity(dataContext, useSequenceName: UseSequenceNameForIdentity));
    }

    public virtual void BulkInsertEntities<TEntity>(IEnumerable<TEntity> entities) where TEntity : BaseEntity
    {
        using var dataContext = CreateDataConnection();
        dataContext.BulkCopy(new BulkCopyOptions { KeepIdentity = true },
            entities.RetrieveIdentity(dataContext, useSequenceName: UseSequenceNameForIdentity));
    }

    /// <summary>Whether bulk inserts reserve identity values from the table's sequence (PostgreSQL).</summary>
    protected virtual bool UseSequenceNameForIdentity => false;

    public virtual async Task<int> ExecuteNonQueryAsync(string sql, params DataParameter[] dataParameters)
    {
        using var dataConnection = CreateDataConnection();
        return await new CommandInfo(dataConnection, sql, dataParameters).ExecuteAsync();
    }

    public virtual Task<IList<T>> QueryProcAsync<T>(string procedureName, params DataParameter[] parameters)
    {
        using var dataConnection = CreateDataConnection();
        var result = new CommandInfo(dataConnection, procedureName, parameters).QueryProc<T>()?.ToList();
        return Task.FromResult<IList<T>>(result ?? new List<T>());
    }

    public virtual Task<IList<T>> QueryAsync<T>(string sql, params DataParameter[] parameters)
    {
        using var dataConnection = CreateDataConnection();
        return Task.FromResult<IList<T>>(dataConnection.Query<T>(sql, parameters)?.ToList() ?? new List<T>());
    }

    public virtual async Task TruncateAsync<TEntity>(bool resetIdentity = false) where TEntity : BaseEntity
    {
        using var dataContext = CreateDataConnection();
        await dataContext.GetTable<TEntity>().TruncateAsync(resetIdentity);
    }

    public virtual async Task<bool> DatabaseExistsAsync()
    {
        try
        {
            await using var connection = CreateDbConnection();
            await connection.OpenAsync();
            return true;
        }
        catch
        {
            return false;
        }
    }

    public virtual bool DatabaseExists()
    {
        try
        {
            using var connection = CreateDbConnection();
            connection.Open();
            return true;
        }
        catch
        {
            return false;
        }
    }

    public virtual string CreateForeignKeyName(string foreignTable, string foreignColumn, string primaryTable, string primaryColumn) =>
        $"FK_{foreignTable}_{foreignColumn}_{primaryTable}_{primaryColumn}";

    public virtual string GetIndexName(string targetTable, string targetColumn) => $"IX_{targetTable}_{targetColumn}";
}
