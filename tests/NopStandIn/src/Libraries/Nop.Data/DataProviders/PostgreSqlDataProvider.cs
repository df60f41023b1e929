using System.Data;
using LinqToDB;
using LinqToDB.Data;
using LinqToDB.DataProvider;
using LinqToDB.SqlQuery;
using Nop.Core;
using Nop.Data.DataProviders.LinqToDB;
using Nop.Data.Mapping;

namespace Nop.Data.DataProviders;

// Real source: src/Libraries/Nop.Data/DataProviders/PostgreSqlDataProvider.cs
// (database creation, backup, re-index, shrink and connection-string building are not in the stand-in)
/// <summary>
/// PostgreSQL as a store runs it: strings are citext in the schema, in the mapping and in every parameter, so
/// equality, ordering and unique keys on text are case-insensitive.
/// </summary>
public partial class PostgreSqlDataProvider : BaseDataProvider, INopDataProvider
{
    protected static readonly Lazy<IDataProvider> _dataProvider = new(() => new LinqToDBPostgreSQLDataProvider(), true);

    private static readonly Lazy<bool> _citextMapped = new(() =>
    {
        NopMappingSchema.GetMappingSchema(_dataProvider.Value.Name, _dataProvider.Value)
            .SetDataType(typeof(string), new SqlDataType(new DbDataType(typeof(string), "citext")));
        return true;
    }, true);

    public PostgreSqlDataProvider(string connectionString) : base(connectionString)
    {
        _ = _citextMapped.Value;
    }

    protected override IDataProvider LinqToDbDataProvider => _dataProvider.Value;

    protected override bool UseSequenceNameForIdentity => true;

    public int SupportedLengthOfBinaryHash => 0;

    public bool BackupSupported => false;

    protected virtual string GetSequenceName<TEntity>(DataConnection dataConnection) where TEntity : BaseEntity
    {
        ArgumentNullException.ThrowIfNull(dataConnection);

        var descriptor = NopMappingSchema.GetEntityDescriptor(typeof(TEntity))
            ?? throw new InvalidOperationException($"Mapped entity descriptor is not found: {typeof(TEntity).Name}");

        var columnName = descriptor.Fields.FirstOrDefault(field => field.IsIdentity && field.IsPrimaryKey)?.Name;
        if (string.IsNullOrEmpty(columnName))
            throw new InvalidOperationException("A table's primary key does not have an identity constraint");

        return dataConnection.Query<string>($"SELECT pg_get_serial_sequence('\"{descriptor.EntityName}\"', '{columnName}');")
            .FirstOrDefault();
    }

    public override async Task<TEntity> InsertEntityAsync<TEntity>(TEntity entity)
    {
        using var dataContext = CreateDataConnection();
        try
        {
            entity.Id = await dataContext.InsertWithInt32IdentityAsync(entity);
        }
        // a mapping table keyed by its two foreign keys has no identity to return
        catch (LinqToDBException exception) when (exception.Message.StartsWith("Identity field must be defined for"))
        {
            await dataContext.InsertAsync(entity);
        }

        return entity;
    }

    public override TEntity InsertEntity<TEntity>(TEntity entity)
    {
        using var dataContext = CreateDataConnection();
        try
        {
            entity.Id = dataContext.InsertWithInt32Identity(entity);
        }
        catch (LinqToDBException exception) when (exception.Message.StartsWith("Identity field must be defined for"))
        {
            dataContext.Insert(entity);
        }

        return entity;
    }

    public virtual Task<int?> GetTableIdentAsync<TEntity>() where TEntity : BaseEntity
    {
        using var dataConnection = CreateDataConnection();
        var sequenceName = GetSequenceName<TEntity>(dataConnection);

        var next = dataConnection
            .Query<int>($"SELECT COALESCE(last_value + CASE WHEN is_called THEN 1 ELSE 0 END, 1) as Value FROM {sequenceName};")
            .FirstOrDefault();

        return Task.FromResult<int?>(next);
    }

    public virtual async Task SetTableIdentAsync<TEntity>(int ident) where TEntity : BaseEntity
    {
        var current = await GetTableIdentAsync<TEntity>();
        if (!current.HasValue || ident <= current.Value)
            return;

        using var dataConnection = CreateDataConnection();
        var sequenceName = GetSequenceName<TEntity>(dataConnection);
        await dataConnection.ExecuteAsync($"select setval('{sequenceName}', {ident}, false);");
    }
}
