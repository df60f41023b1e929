using System.Security.Cryptography;
using System.Text;
using LinqToDB;
using LinqToDB.Data;
using LinqToDB.DataProvider;
using LinqToDB.DataProvider.MySql;
using LinqToDB.SqlQuery;
using Nop.Core;
using Nop.Data.Mapping;

namespace Nop.Data.DataProviders;

// Real source: src/Libraries/Nop.Data/DataProviders/MySqlDataProvider.cs
// (database creation, backup, re-index, shrink, collation and connection-string building are not in the stand-in)
/// <summary>
/// MySQL and MariaDB as a store runs them, through MySqlConnector: linq2db's MySQL provider on MySqlConnector
/// (nopCommerce ships MySqlConnector and not MySql.Data, so linq2db 5 picks it), Guids as 36-character strings,
/// foreign key and index names hashed (MySQL allows 64 characters). Connection strings should be built as
/// nopCommerce builds them (AllowUserVariables=true, UseXaTransactions=false, UseAffectedRows left at its default,
/// false: an UPDATE reports the rows it matched, not only those it changed).
/// </summary>
public partial class MySqlNopDataProvider : BaseDataProvider, INopDataProvider
{
    // linq2db 5 has one MySQL dialect; linq2db 6's MySQL 5.7 dialect is the same SQL (no RETURNING, no CTE needed).
    private static readonly Lazy<IDataProvider> _dataProvider =
        new(() => MySqlTools.GetDataProvider(MySqlVersion.MySql57, MySqlProvider.MySqlConnector), true);

    private static readonly Lazy<bool> _guidAsText = new(() =>
    {
        // nopCommerce does this to the mapping schema each time it opens a DataConnection
        var schema = NopMappingSchema.GetMappingSchema(_dataProvider.Value.Name, _dataProvider.Value);
        schema.SetDataType(typeof(Guid), new SqlDataType(new DbDataType(typeof(Guid), DataType.NChar, null, 36)));
        schema.SetConvertExpression<string, Guid>(text => new Guid(text));
        return true;
    }, true);

    public MySqlNopDataProvider(string connectionString) : base(connectionString)
    {
        _ = _guidAsText.Value;
    }

    protected override IDataProvider LinqToDbDataProvider => _dataProvider.Value;

    public int SupportedLengthOfBinaryHash => 0;

    public bool BackupSupported => false;

    /// <returns>The table's next AUTO_INCREMENT value.</returns>
    public virtual async Task<int?> GetTableIdentAsync<TEntity>() where TEntity : BaseEntity
    {
        var tableName = NopMappingSchema.GetEntityDescriptor(typeof(TEntity)).EntityName;

        await using var connection = CreateDbConnection();
        await connection.OpenAsync();

        // MySQL 8 caches information_schema statistics (AUTO_INCREMENT among them) unless told not to; MariaDB
        // does not know the variable (error 1193), as MySQL 5.7 did not.
        await using (var expiry = connection.CreateCommand())
        {
            expiry.CommandText = "SET @@SESSION.information_schema_stats_expiry = 0;";
            try
            {
                await expiry.ExecuteNonQueryAsync();
            }
            catch (System.Data.Common.DbException)
            {
            }
        }

        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT AUTO_INCREMENT FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = @table";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@table";
        parameter.Value = tableName;
        command.Parameters.Add(parameter);

        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? 1 : Convert.ToInt32(value);
    }

    public virtual async Task SetTableIdentAsync<TEntity>(int ident) where TEntity : BaseEntity
    {
        var current = await GetTableIdentAsync<TEntity>();
        if (!current.HasValue || ident <= current.Value)
            return;

        var tableName = NopMappingSchema.GetEntityDescriptor(typeof(TEntity)).EntityName;
        using var dataConnection = CreateDataConnection();
        await dataConnection.ExecuteAsync($"ALTER TABLE `{tableName}` AUTO_INCREMENT = {ident};");
    }

    // MySQL names are at most 64 characters: nopCommerce names keys and indexes by a SHA1 of the full name.
    public override string CreateForeignKeyName(string foreignTable, string foreignColumn, string primaryTable, string primaryColumn) =>
        "FK_" + Sha1($"{foreignTable}_{foreignColumn}_{primaryTable}_{primaryColumn}");

    public override string GetIndexName(string targetTable, string targetColumn) =>
        "IX_" + Sha1($"{targetTable}_{targetColumn}");

    private static string Sha1(string text) => Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(text)));
}
