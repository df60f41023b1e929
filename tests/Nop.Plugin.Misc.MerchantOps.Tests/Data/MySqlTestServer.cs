using System.Collections.Concurrent;
using System.Data.Common;
using System.Text;
using MySqlConnector;
using Nop.Data;
using Nop.Data.DataProviders;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Data;

/// <summary>
/// MariaDB (or MySQL) test databases on the server named by MERCHANTOPS_TEST_MYSQL. MySQL has no CREATE DATABASE
/// ... TEMPLATE: each test database is made by replaying the template's SHOW CREATE TABLE statements (columns,
/// indexes, foreign keys) and copying its rows (the migration version table).
/// </summary>
internal sealed class MySqlTestServer : DatabaseTestServer
{
    private readonly ConcurrentDictionary<string, string> _copyScripts = new();

    public static MySqlTestServer Instance { get; } = new();

    private MySqlTestServer()
    {
    }

    public override DatabaseEngine Engine => DatabaseEngine.MySql;

    public override string ConnectionStringVariable => "MERCHANTOPS_TEST_MYSQL";

    protected override string DefaultConnectionString => "Server=127.0.0.1;Port=3306;User ID=merchantops;Password=merchantops";

    public override INopDataProvider CreateDataProvider(string connectionString) => new MySqlNopDataProvider(connectionString);

    /// <summary>
    /// A connection string as nopCommerce's MySqlNopDataProvider.BuildConnectionString makes one (user variables
    /// allowed, no XA transactions, UseAffectedRows at MySqlConnector's default), for <paramref name="database"/>.
    /// </summary>
    public override string DatabaseConnectionString(string database) =>
        new MySqlConnectionStringBuilder(ServerConnectionString)
        {
            Database = database,
            AllowUserVariables = true,
            UseXaTransactions = false
        }.ToString();

    protected override string AdminConnectionString =>
        new MySqlConnectionStringBuilder(ServerConnectionString) { Database = "", ConnectionTimeout = 5, Pooling = false }.ToString();

    protected override DbConnection CreateConnection(string connectionString) => new MySqlConnection(connectionString);

    protected override string DatabaseNameOf(string connectionString) => new MySqlConnectionStringBuilder(connectionString).Database;

    protected override void ClearPool(string connectionString) => MySqlConnection.ClearPool(new MySqlConnection(connectionString));

    protected override void ClearAllPools() => MySqlConnection.ClearAllPools();

    protected override string UnreachableReason(Exception exception)
    {
        var builder = new MySqlConnectionStringBuilder(ServerConnectionString);
        return $"MariaDB/MySQL is not reachable at {builder.Server}:{builder.Port} ({exception.Message}). " +
            $"Start it with 'sudo bash tests/scripts/start-mariadb.sh' or set {ConnectionStringVariable}.";
    }

    protected override string CreateDatabaseSql(string name) => $"CREATE DATABASE `{name}`";

    protected override string DropDatabaseSql(string name) => $"DROP DATABASE IF EXISTS `{name}`";

    protected override string DatabasesOfTheTestsSql => $"SHOW DATABASES LIKE '{NamePrefix.Replace("_", "\\_")}%'";

    protected override string TableNamesSql =>
        "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' ORDER BY 1";

    protected override string IndexNamesSql =>
        "SELECT DISTINCT INDEX_NAME FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = @table ORDER BY 1";

    protected override async Task SealTemplateAsync(string templateName, string connectionString)
    {
        ClearPool(connectionString);
        _copyScripts[templateName] = await BuildCopyScriptAsync(connectionString, templateName);
    }

    /// <summary>
    /// The statements that make a copy of the template, run in the new database: every CREATE TABLE (foreign key
    /// checks off, so the order does not matter), then the rows of the tables that have some.
    /// </summary>
    private static async Task<string> BuildCopyScriptAsync(string connectionString, string templateName)
    {
        await using var connection = new MySqlConnection(connectionString);
        await connection.OpenAsync();

        var tables = new List<string>();
        await using (var command = new MySqlCommand(
            "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' ORDER BY 1", connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
                tables.Add(reader.GetString(0));
        }

        var script = new StringBuilder("SET FOREIGN_KEY_CHECKS = 0;\n");
        var copies = new StringBuilder();
        foreach (var table in tables)
        {
            await using (var command = new MySqlCommand($"SHOW CREATE TABLE `{table}`", connection))
            await using (var reader = await command.ExecuteReaderAsync())
            {
                await reader.ReadAsync();
                script.Append(reader.GetString(1)).Append(";\n");
            }

            await using var count = new MySqlCommand($"SELECT COUNT(*) FROM `{table}`", connection);
            if (Convert.ToInt64(await count.ExecuteScalarAsync()) > 0)
                copies.Append($"INSERT INTO `{table}` SELECT * FROM `{templateName}`.`{table}`;\n");
        }

        return script.Append(copies).Append("SET FOREIGN_KEY_CHECKS = 1;\n").ToString();
    }

    protected override async Task CopyTemplateAsync(string templateName, string name)
    {
        await ExecuteOnServerAsync(CreateDatabaseSql(name));

        await using var connection = new MySqlConnection(new MySqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ToString());
        await connection.OpenAsync();
        await using var command = new MySqlCommand(_copyScripts[templateName], connection);
        await command.ExecuteNonQueryAsync();
    }

    protected override bool IsServerError(Exception exception) => exception is MySqlException;
}
