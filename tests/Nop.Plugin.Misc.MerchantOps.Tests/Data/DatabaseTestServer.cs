using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using NUnit.Framework;
using Nop.Data;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Data;

/// <summary>
/// Test databases on a database server named by an environment variable (PostgreSQL, MariaDB/MySQL): what does not
/// depend on the engine. Two template databases are built once per test run, when first asked for: the store schema,
/// and a copy of it with the plugin's schema installed by its migrations (<see cref="DatabaseTemplate"/>). Each test
/// database is a copy of one of them, made by the engine's own means (<see cref="CopyTemplateAsync"/>); the next
/// test's copy is made while the current test runs, and a copy handed back unused (<see cref="ReturnUnused"/>) is
/// given to the next test. Databases are named merchantops_{test|template}_{process id}_{random}, so those left by an
/// ended run can be dropped; the templates and the prepared copies are dropped when the process exits. When no server
/// answers, the test is ignored (failed on CI, where a server must be there).
/// </summary>
internal abstract class DatabaseTestServer
{
    protected const string NamePrefix = "merchantops_";

    private readonly SemaphoreSlim _templateLock = new(1, 1);
    private readonly ConcurrentDictionary<DatabaseTemplate, string> _templateNames = new();
    private readonly ConcurrentDictionary<DatabaseTemplate, ConcurrentQueue<Task<string>>> _prepared = new();
    private string _unreachableReason;
    private bool _reachabilityChecked;

    protected DatabaseTestServer()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DropOnExit();
    }

    public abstract DatabaseEngine Engine { get; }

    /// <summary>The environment variable holding the server's connection string.</summary>
    public abstract string ConnectionStringVariable { get; }

    /// <summary>The connection string used when the variable is not set (the development machine's server).</summary>
    protected abstract string DefaultConnectionString { get; }

    public abstract INopDataProvider CreateDataProvider(string connectionString);

    /// <summary>A connection string to <paramref name="database"/>, as the store's data provider would get one.</summary>
    public abstract string DatabaseConnectionString(string database);

    /// <summary>A connection string to the server itself (no test database, short timeout, no pooling).</summary>
    protected abstract string AdminConnectionString { get; }

    protected abstract DbConnection CreateConnection(string connectionString);

    protected abstract string DatabaseNameOf(string connectionString);

    protected abstract void ClearPool(string connectionString);

    protected abstract void ClearAllPools();

    /// <summary>Why the server is not reachable, with how to start it.</summary>
    protected abstract string UnreachableReason(Exception exception);

    protected abstract string CreateDatabaseSql(string name);

    protected abstract string DropDatabaseSql(string name);

    /// <summary>Lists the databases whose name starts with <see cref="NamePrefix"/>.</summary>
    protected abstract string DatabasesOfTheTestsSql { get; }

    /// <summary>Names the tables of the connection's database.</summary>
    protected abstract string TableNamesSql { get; }

    /// <summary>Names the indexes of the table @table of the connection's database.</summary>
    protected abstract string IndexNamesSql { get; }

    /// <summary>Prepares the new, empty store template database for the store schema (extensions...).</summary>
    protected virtual Task PrepareStoreTemplateAsync(string connectionString) => Task.CompletedTask;

    /// <summary>Ends the building of a template: no connection left to it, and what copying it takes.</summary>
    protected abstract Task SealTemplateAsync(string templateName, string connectionString);

    /// <summary>Makes the new database <paramref name="name"/> as a copy of the template.</summary>
    protected abstract Task CopyTemplateAsync(string templateName, string name);

    /// <summary>An error of the server (not of the network) while copying or dropping a prepared database.</summary>
    protected abstract bool IsServerError(Exception exception);

    /// <summary>Whether a statement failed only because another session was using the template (worth a retry).</summary>
    protected virtual bool IsTemplateBusy(Exception exception) => false;

    /// <summary>A new database, a copy of <paramref name="template"/>; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(DatabaseTemplate template = DatabaseTemplate.Store)
    {
        await EnsureReachableAsync();
        var templateName = await GetTemplateAsync(template);

        var prepared = _prepared.GetOrAdd(template, _ => new ConcurrentQueue<Task<string>>());
        var name = prepared.TryDequeue(out var copy) ? await TakePreparedAsync(copy, templateName) : await CopyAsync(templateName);

        // the next test's copy, made while this test runs
        if (prepared.IsEmpty)
            prepared.Enqueue(CopyAsync(templateName));

        return DatabaseConnectionString(name);
    }

    /// <summary>
    /// Takes back a database made by <see cref="CreateDatabaseAsync"/> from <paramref name="template"/> that nobody
    /// connected to, so still an exact copy of it: the next test asking for that template gets it.
    /// </summary>
    public void ReturnUnused(string connectionString, DatabaseTemplate template) =>
        _prepared.GetOrAdd(template, _ => new ConcurrentQueue<Task<string>>()).Enqueue(Task.FromResult(DatabaseNameOf(connectionString)));

    public async Task DropDatabaseAsync(string connectionString)
    {
        var name = DatabaseNameOf(connectionString);
        ClearPool(connectionString);
        await DropAsync(name);
    }

    public Task<IReadOnlyList<string>> GetTableNamesAsync(string connectionString) => QueryNamesAsync(connectionString, TableNamesSql, null);

    public Task<IReadOnlyList<string>> GetIndexNamesAsync(string connectionString, string tableName) =>
        QueryNamesAsync(connectionString, IndexNamesSql, tableName);

    protected string ServerConnectionString =>
        Environment.GetEnvironmentVariable(ConnectionStringVariable) is { Length: > 0 } configured ? configured : DefaultConnectionString;

    // lower case: nopCommerce lowercases MySQL database names (file systems may be case-sensitive)
    protected static string NewDatabaseName(string kind) =>
        $"{NamePrefix}{kind}_{Environment.ProcessId}_{Guid.NewGuid():N}"[..48].ToLowerInvariant();

    protected Task DropAsync(string name) => ExecuteOnServerAsync(DropDatabaseSql(name));

    /// <summary>Runs <paramref name="sql"/> on the server, again (up to 50 times) while the template is busy if asked.</summary>
    protected async Task ExecuteOnServerAsync(string sql, bool retryWhileTemplateBusy = false)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = CreateConnection(AdminConnectionString);
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = sql;
                await command.ExecuteNonQueryAsync();
                return;
            }
            catch (Exception exception) when (retryWhileTemplateBusy && IsTemplateBusy(exception) && attempt < 50)
            {
                await Task.Delay(100);
            }
        }
    }

    private async Task<IReadOnlyList<string>> QueryNamesAsync(string connectionString, string sql, string tableName)
    {
        await using var connection = CreateConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (tableName != null)
        {
            var table = command.CreateParameter();
            (table.ParameterName, table.Value) = ("@table", tableName);
            command.Parameters.Add(table);
        }

        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            names.Add(reader.GetString(0));

        return names;
    }

    private async Task<string> CopyAsync(string templateName)
    {
        var name = NewDatabaseName("test");
        await CopyTemplateAsync(templateName, name);
        return name;
    }

    private async Task<string> TakePreparedAsync(Task<string> prepared, string template)
    {
        try
        {
            return await prepared;
        }
        catch (Exception exception) when (IsServerError(exception))
        {
            return await CopyAsync(template);
        }
    }

    private async Task EnsureReachableAsync()
    {
        if (!_reachabilityChecked)
        {
            try
            {
                await using var connection = CreateConnection(AdminConnectionString);
                await connection.OpenAsync();
            }
            catch (Exception exception) when (exception is DbException or TimeoutException or System.Net.Sockets.SocketException)
            {
                _unreachableReason = UnreachableReason(exception);
            }

            _reachabilityChecked = true;
        }

        if (_unreachableReason == null)
            return;

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            Assert.Fail(_unreachableReason);

        Assert.Ignore(_unreachableReason);
    }

    private async Task<string> GetTemplateAsync(DatabaseTemplate template)
    {
        if (_templateNames.TryGetValue(template, out var built))
            return built;

        await _templateLock.WaitAsync();
        try
        {
            return await BuildTemplateAsync(template);
        }
        finally
        {
            _templateLock.Release();
        }
    }

    /// <summary>Builds <paramref name="template"/> (and the store template it is a copy of), holding the template lock.</summary>
    private async Task<string> BuildTemplateAsync(DatabaseTemplate template)
    {
        if (_templateNames.TryGetValue(template, out var built))
            return built;

        var name = NewDatabaseName("template");
        var connectionString = DatabaseConnectionString(name);
        if (template == DatabaseTemplate.Store)
        {
            await DropDatabasesOfEndedRunsAsync();
            await ExecuteOnServerAsync(CreateDatabaseSql(name));
            await PrepareStoreTemplateAsync(connectionString);
            StoreSchemaMigrations.CreateStoreSchema(Engine, connectionString, CreateDataProvider(connectionString));
        }
        else
        {
            await CopyTemplateAsync(await BuildTemplateAsync(DatabaseTemplate.Store), name);
            StoreSchemaMigrations.InstallPluginSchema(Engine, connectionString, CreateDataProvider(connectionString));
        }

        await SealTemplateAsync(name, connectionString);
        _templateNames[template] = name;
        return name;
    }

    private async Task DropDatabasesOfEndedRunsAsync()
    {
        foreach (var name in await QueryNamesAsync(AdminConnectionString, DatabasesOfTheTestsSql, null))
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

    private void DropOnExit()
    {
        if (_templateNames.IsEmpty)
            return;

        try
        {
            ClearAllPools();
            foreach (var copy in _prepared.Values.SelectMany(queue => queue))
                TryDrop(() => copy.Wait(TimeSpan.FromSeconds(5)) ? copy.Result : null);

            foreach (var template in _templateNames.Values)
                TryDrop(() => template);
        }
        catch (Exception)
        {
            // left for the next run to drop
        }
    }

    private void TryDrop(Func<string> name)
    {
        try
        {
            if (name() is { } database)
                DropAsync(database).GetAwaiter().GetResult();
        }
        catch (Exception)
        {
            // left for the next run to drop
        }
    }
}
