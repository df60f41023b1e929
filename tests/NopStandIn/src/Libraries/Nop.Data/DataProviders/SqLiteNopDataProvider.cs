using LinqToDB;
using LinqToDB.Data;
using LinqToDB.DataProvider;
using LinqToDB.DataProvider.SQLite;
using Nop.Core;

namespace Nop.Data.DataProviders;

// Real source: src/Tests/Nop.Tests/SqLiteNopDataProvider.cs (nopCommerce keeps its SQLite provider in its test project)
/// <summary>
/// SQLite through Microsoft.Data.Sqlite for database tests. Unlike nopCommerce's test provider (one shared
/// connection behind a lock) it opens a connection per operation like the store providers, so concurrent
/// writers meet SQLite's own locking; use a file database in WAL mode for that.
/// </summary>
public partial class SqLiteNopDataProvider : BaseDataProvider, INopDataProvider
{
    private static readonly Lazy<IDataProvider> _dataProvider = new(() => SQLiteTools.GetDataProvider(SQLiteProvider.Microsoft), true);

    public SqLiteNopDataProvider(string connectionString) : base(connectionString)
    {
    }

    protected override IDataProvider LinqToDbDataProvider => _dataProvider.Value;

    public int SupportedLengthOfBinaryHash => 0;

    public bool BackupSupported => false;

    public virtual Task<int?> GetTableIdentAsync<TEntity>() where TEntity : BaseEntity
    {
        using var dataConnection = CreateDataConnection();
        var tableName = dataConnection.GetTable<TEntity>().TableName;

        var last = dataConnection.Query<int?>("select seq from sqlite_sequence where name = @name", new DataParameter("name", tableName))
            .FirstOrDefault();

        return Task.FromResult<int?>((last ?? 0) + 1);
    }

    public virtual async Task SetTableIdentAsync<TEntity>(int ident) where TEntity : BaseEntity
    {
        var current = await GetTableIdentAsync<TEntity>();
        if (!current.HasValue || ident <= current.Value)
            return;

        using var dataConnection = CreateDataConnection();
        var tableName = dataConnection.GetTable<TEntity>().TableName;
        await dataConnection.ExecuteAsync("update sqlite_sequence set seq = @seq where name = @name",
            new DataParameter("seq", ident - 1), new DataParameter("name", tableName));
    }
}
