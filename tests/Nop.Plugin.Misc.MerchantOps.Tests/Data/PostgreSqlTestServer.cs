using System.Diagnostics;
using Npgsql;
using NUnit.Framework;
using Nop.Data;
using Nop.Data.DataProviders;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Data;

/// <summary>
/// PostgreSQL test databases on the server named by MERCHANTOPS_TEST_POSTGRES. Each test database is a
/// CREATE DATABASE ... TEMPLATE copy of a template holding the store schema, built once per test run.
/// Databases are named merchantops_{test|template}_{process id}_{random}, so those left by an ended run can be dropped.
/// Copying takes a few hundred milliseconds, so the next test's database is copied while the current test runs.
/// </summary>
internal static class PostgreSqlTestServer
{
    public const string ConnectionStringVariable = "MERCHANTOPS_TEST_POSTGRES";
    private const string DefaultConnectionString = "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres";
    private const string NamePrefix = "merchantops_";

    private static readonly SemaphoreSlim _templateLock = new(1, 1);
    private static string _templateName;
    private static Task<string> _nextDatabase;
    private static string _unreachableReason;
    private static bool _reachabilityChecked;

    static PostgreSqlTestServer()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DropTemplateOnExit();
    }

    public static INopDataProvider CreateDataProvider(string connectionString) => new PostgreSqlDataProvider(connectionString);

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

    private static async Task<string> TakePreparedAsync(Task<string> prepared, string template)
    {
        try
        {
            return await prepared;
        }
        catch (PostgresException)
        {
            return await CopyTemplateAsync(template);
        }
    }

    private static async Task DropWhenCopiedAsync(Task<string> copy)
    {
        try
        {
            await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{await copy}\" WITH (FORCE)");
        }
        catch (PostgresException)
        {
        }
    }

    private static async Task<string> CopyTemplateAsync(string template)
    {
        var name = NewDatabaseName("test");
        await ExecuteOnServerAsync($"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"", retryWhileTemplateBusy: true);
        return name;
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearPool(new NpgsqlConnection(connectionString));
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    public static Task<IReadOnlyList<string>> GetTableNamesAsync(string connectionString) =>
        QueryNamesAsync(connectionString,
            "SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1",
            null);

    public static Task<IReadOnlyList<string>> GetIndexNamesAsync(string connectionString, string tableName) =>
        QueryNamesAsync(connectionString,
            "SELECT indexname::text FROM pg_indexes WHERE schemaname = 'public' AND tablename = @table ORDER BY 1",
            tableName);

    private static async Task<IReadOnlyList<string>> QueryNamesAsync(string connectionString, string sql, string tableName)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        if (tableName != null)
            command.Parameters.AddWithValue("table", tableName);

        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            names.Add(reader.GetString(0));

        return names;
    }

    private static string ServerConnectionString =>
        Environment.GetEnvironmentVariable(ConnectionStringVariable) is { Length: > 0 } configured ? configured : DefaultConnectionString;

    private static string DatabaseConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = database }.ToString();

    private static string AdminConnectionString =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = "postgres", Timeout = 5, Pooling = false }.ToString();

    private static string NewDatabaseName(string kind) =>
        $"{NamePrefix}{kind}_{Environment.ProcessId}_{Guid.NewGuid():N}"[..48];

    /// <summary>Ignores the test when no server answers (fails it on CI, where a server must be there).</summary>
    private static async Task EnsureReachableAsync()
    {
        if (!_reachabilityChecked)
        {
            try
            {
                await using var connection = new NpgsqlConnection(AdminConnectionString);
                await connection.OpenAsync();
            }
            catch (Exception exception) when (exception is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
            {
                var builder = new NpgsqlConnectionStringBuilder(ServerConnectionString);
                _unreachableReason = $"PostgreSQL is not reachable at {builder.Host}:{builder.Port} ({exception.Message}). " +
                    $"Start it with 'sudo tests/scripts/start-postgres.sh' or set {ConnectionStringVariable}.";
            }

            _reachabilityChecked = true;
        }

        if (_unreachableReason == null)
            return;

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            Assert.Fail(_unreachableReason);

        Assert.Ignore(_unreachableReason);
    }

    private static async Task<string> GetTemplateAsync()
    {
        if (_templateName != null)
            return _templateName;

        await _templateLock.WaitAsync();
        try
        {
            if (_templateName != null)
                return _templateName;

            await DropDatabasesOfEndedRunsAsync();

            var name = NewDatabaseName("template");
            await ExecuteOnServerAsync($"CREATE DATABASE \"{name}\"");

            var connectionString = DatabaseConnectionString(name);
            await using (var connection = new NpgsqlConnection(connectionString))
            {
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand("CREATE EXTENSION IF NOT EXISTS citext; CREATE EXTENSION IF NOT EXISTS pgcrypto;", connection);
                await command.ExecuteNonQueryAsync();
                await connection.ReloadTypesAsync();
            }

            StoreSchemaMigrations.CreateStoreSchema(DatabaseEngine.PostgreSql, connectionString, CreateDataProvider(connectionString));

            // a database can only be copied while nobody is connected to it
            NpgsqlConnection.ClearPool(new NpgsqlConnection(connectionString));

            _templateName = name;
            return name;
        }
        finally
        {
            _templateLock.Release();
        }
    }

    private static async Task ExecuteOnServerAsync(string sql, bool retryWhileTemplateBusy = false)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(AdminConnectionString);
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand(sql, connection);
                await command.ExecuteNonQueryAsync();
                return;
            }
            // 55006: the template is being accessed by another session (e.g. a parallel CREATE DATABASE)
            catch (PostgresException exception) when (retryWhileTemplateBusy && exception.SqlState == "55006" && attempt < 50)
            {
                await Task.Delay(100);
            }
        }
    }

    private static async Task DropDatabasesOfEndedRunsAsync()
    {
        var names = new List<string>();
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"SELECT datname FROM pg_database WHERE datname LIKE '{NamePrefix}%'", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                names.Add(reader.GetString(0));
        }

        foreach (var name in names)
        {
            var parts = name.Split('_');
            if (parts.Length >= 3 && int.TryParse(parts[2], out var processId) && !IsRunning(processId))
                await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
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

    private static void DropTemplateOnExit()
    {
        if (_templateName == null)
            return;

        try
        {
            NpgsqlConnection.ClearAllPools();
            if (_nextDatabase is { } next && next.Wait(TimeSpan.FromSeconds(5)))
                ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{next.Result}\" WITH (FORCE)").GetAwaiter().GetResult();
            ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{_templateName}\" WITH (FORCE)").GetAwaiter().GetResult();
        }
        catch (Exception)
        {
            // left for the next run to drop
        }
    }
}
