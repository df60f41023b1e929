using System.Diagnostics;
using System.Text;
using MySqlConnector;
using NUnit.Framework;
using Nop.Data;
using Nop.Data.DataProviders;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Data;

/// <summary>
/// MariaDB (or MySQL) test databases on the server named by MERCHANTOPS_TEST_MYSQL. MySQL has no CREATE DATABASE
/// ... TEMPLATE: a template database is migrated once per test run, and each test database is made by replaying the
/// template's SHOW CREATE TABLE statements (columns, indexes, foreign keys) and copying its rows (the migration
/// version table). Databases are named merchantops_{test|template}_{process id}_{random}, so those left by an ended
/// run can be dropped; the next test's database is made while the current test runs.
/// </summary>
internal static class MySqlTestServer
{
    public const string ConnectionStringVariable = "MERCHANTOPS_TEST_MYSQL";
    private const string DefaultConnectionString = "Server=127.0.0.1;Port=3306;User ID=merchantops;Password=merchantops";
    private const string NamePrefix = "merchantops_";

    private static readonly SemaphoreSlim _templateLock = new(1, 1);
    private static Template _template;
    private static Task<string> _nextDatabase;
    private static string _unreachableReason;
    private static bool _reachabilityChecked;

    static MySqlTestServer()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DropOnExit();
    }

    public static INopDataProvider CreateDataProvider(string connectionString) => new MySqlNopDataProvider(connectionString);

    public static async Task<string> CreateDatabaseAsync()
    {
        await EnsureReachableAsync();
        var template = await GetTemplateAsync();

        var prepared = Interlocked.Exchange(ref _nextDatabase, null);
        var name = prepared != null ? await TakePreparedAsync(prepared, template) : await CopyTemplateAsync(template);

        if (Volatile.Read(ref _nextDatabase) == null)
        {
            var next = CopyTemplateAsync(template);
            if (Interlocked.CompareExchange(ref _nextDatabase, next, null) != null)
                _ = DropWhenCopiedAsync(next);
        }

        return DatabaseConnectionString(name);
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var builder = new MySqlConnectionStringBuilder(connectionString);
        MySqlConnection.ClearPool(new MySqlConnection(connectionString));
        await DropAsync(builder.Database);
    }

    public static Task<IReadOnlyList<string>> GetTableNamesAsync(string connectionString) =>
        QueryNamesAsync(connectionString,
            "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' ORDER BY 1",
            null);

    public static Task<IReadOnlyList<string>> GetIndexNamesAsync(string connectionString, string tableName) =>
        QueryNamesAsync(connectionString,
            "SELECT DISTINCT INDEX_NAME FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = @table ORDER BY 1",
            tableName);

    /// <summary>
    /// A connection string as nopCommerce's MySqlNopDataProvider.BuildConnectionString makes one (user variables
    /// allowed, no XA transactions, UseAffectedRows at MySqlConnector's default), for <paramref name="database"/>.
    /// </summary>
    public static string DatabaseConnectionString(string database) =>
        new MySqlConnectionStringBuilder(ServerConnectionString)
        {
            Database = database,
            AllowUserVariables = true,
            UseXaTransactions = false
        }.ToString();

    private static async Task<IReadOnlyList<string>> QueryNamesAsync(string connectionString, string sql, string tableName)
    {
        await using var connection = new MySqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new MySqlCommand(sql, connection);
        if (tableName != null)
            command.Parameters.AddWithValue("@table", tableName);

        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            names.Add(reader.GetString(0));

        return names;
    }

    private static string ServerConnectionString =>
        Environment.GetEnvironmentVariable(ConnectionStringVariable) is { Length: > 0 } configured ? configured : DefaultConnectionString;

    private static string AdminConnectionString =>
        new MySqlConnectionStringBuilder(ServerConnectionString) { Database = "", ConnectionTimeout = 5, Pooling = false }.ToString();

    // lower case: nopCommerce lowercases MySQL database names (file systems may be case-sensitive)
    private static string NewDatabaseName(string kind) =>
        $"{NamePrefix}{kind}_{Environment.ProcessId}_{Guid.NewGuid():N}"[..48].ToLowerInvariant();

    /// <summary>Ignores the test when no server answers (fails it on CI, where a server must be there).</summary>
    private static async Task EnsureReachableAsync()
    {
        if (!_reachabilityChecked)
        {
            try
            {
                await using var connection = new MySqlConnection(AdminConnectionString);
                await connection.OpenAsync();
            }
            catch (Exception exception) when (exception is MySqlException or TimeoutException or System.Net.Sockets.SocketException)
            {
                var builder = new MySqlConnectionStringBuilder(ServerConnectionString);
                _unreachableReason = $"MariaDB/MySQL is not reachable at {builder.Server}:{builder.Port} ({exception.Message}). " +
                    $"Start it with 'sudo bash tests/scripts/start-mariadb.sh' or set {ConnectionStringVariable}.";
            }

            _reachabilityChecked = true;
        }

        if (_unreachableReason == null)
            return;

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            Assert.Fail(_unreachableReason);

        Assert.Ignore(_unreachableReason);
    }

    /// <summary>The template database and what it takes to make a copy of it.</summary>
    private sealed record Template(string Name, string CopyScript);

    private static async Task<Template> GetTemplateAsync()
    {
        if (_template != null)
            return _template;

        await _templateLock.WaitAsync();
        try
        {
            if (_template != null)
                return _template;

            await DropDatabasesOfEndedRunsAsync();

            var name = NewDatabaseName("template");
            await ExecuteOnServerAsync($"CREATE DATABASE `{name}`");

            var connectionString = DatabaseConnectionString(name);
            StoreSchemaMigrations.CreateStoreSchema(DatabaseEngine.MySql, connectionString, CreateDataProvider(connectionString));
            MySqlConnection.ClearPool(new MySqlConnection(connectionString));

            _template = new Template(name, await BuildCopyScriptAsync(connectionString, name));
            return _template;
        }
        finally
        {
            _templateLock.Release();
        }
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

    private static async Task<string> TakePreparedAsync(Task<string> prepared, Template template)
    {
        try
        {
            return await prepared;
        }
        catch (MySqlException)
        {
            return await CopyTemplateAsync(template);
        }
    }

    private static async Task DropWhenCopiedAsync(Task<string> copy)
    {
        try
        {
            await DropAsync(await copy);
        }
        catch (MySqlException)
        {
        }
    }

    private static async Task<string> CopyTemplateAsync(Template template)
    {
        var name = NewDatabaseName("test");
        await ExecuteOnServerAsync($"CREATE DATABASE `{name}`");

        await using var connection = new MySqlConnection(new MySqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ToString());
        await connection.OpenAsync();
        await using var command = new MySqlCommand(template.CopyScript, connection);
        await command.ExecuteNonQueryAsync();

        return name;
    }

    private static Task DropAsync(string name) => ExecuteOnServerAsync($"DROP DATABASE IF EXISTS `{name}`");

    private static async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new MySqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new MySqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task DropDatabasesOfEndedRunsAsync()
    {
        var names = new List<string>();
        await using (var connection = new MySqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new MySqlCommand($"SHOW DATABASES LIKE '{NamePrefix.Replace("_", "\\_")}%'", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                names.Add(reader.GetString(0));
        }

        foreach (var name in names)
        {
            var parts = name.Split('_');
            if (parts.Length >= 3 && int.TryParse(parts[2], out var processId) && !IsRunning(processId))
                await DropAsync(name);
        }
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void DropOnExit()
    {
        if (_template == null)
            return;

        try
        {
            MySqlConnection.ClearAllPools();
            if (_nextDatabase is { } next && next.Wait(TimeSpan.FromSeconds(5)))
                DropAsync(next.Result).GetAwaiter().GetResult();
            DropAsync(_template.Name).GetAwaiter().GetResult();
        }
        catch (Exception)
        {
            // left for the next run to drop
        }
    }
}
