using System.Data.Common;
using System.Diagnostics;
using NUnit.Framework;
using Nop.Data;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Data;

/// <summary>
/// Test databases on a database server named by an environment variable (PostgreSQL, MariaDB/MySQL): what does not
/// depend on the engine. A template database holding the store schema is built once per test run; each test database
/// is a copy of it, made by the engine's own means (<see cref="CopyTemplateAsync"/>), and the next test's copy is made
/// while the current test runs. Databases are named merchantops_{test|template}_{process id}_{random}, so those left
/// by an ended run can be dropped; the template and the prepared copy are dropped when the process exits. When no
/// server answers, the test is ignored (failed on CI, where a server must be there).
/// </summary>
internal abstract class DatabaseTestServer
{
    protected const string NamePrefix = "merchantops_";

    private readonly SemaphoreSlim _templateLock = new(1, 1);
    private string _templateName;
    private Task<string> _nextDatabase;
    private string _unreachableReason;
    private bool _reachabilityChecked;

    protected DatabaseTestServer()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DropOnExit();
    }

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

    /// <summary>Fills the new, empty template database: the store schema, and what copying it takes.</summary>
    protected abstract Task BuildTemplateAsync(string templateName, string connectionString);

    /// <summary>Makes a new test database as a copy of the template; returns its name.</summary>
    protected abstract Task<string> CopyTemplateAsync(string templateName);

    /// <summary>An error of the server (not of the network) while copying or dropping a prepared database.</summary>
    protected abstract bool IsServerError(Exception exception);

    /// <summary>Whether a statement failed only because another session was using the template (worth a retry).</summary>
    protected virtual bool IsTemplateBusy(Exception exception) => false;

    public async Task<string> CreateDatabaseAsync()
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

    private async Task<string> TakePreparedAsync(Task<string> prepared, string template)
    {
        try
        {
            return await prepared;
        }
        catch (Exception exception) when (IsServerError(exception))
        {
            return await CopyTemplateAsync(template);
        }
    }

    private async Task DropWhenCopiedAsync(Task<string> copy)
    {
        try
        {
            await DropAsync(await copy);
        }
        catch (Exception exception) when (IsServerError(exception))
        {
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

    private async Task<string> GetTemplateAsync()
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
            await ExecuteOnServerAsync(CreateDatabaseSql(name));
            await BuildTemplateAsync(name, DatabaseConnectionString(name));

            _templateName = name;
            return name;
        }
        finally
        {
            _templateLock.Release();
        }
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
        if (_templateName == null)
            return;

        try
        {
            ClearAllPools();
            if (_nextDatabase is { } next && next.Wait(TimeSpan.FromSeconds(5)))
                DropAsync(next.Result).GetAwaiter().GetResult();
            DropAsync(_templateName).GetAwaiter().GetResult();
        }
        catch (Exception)
        {
            // left for the next run to drop
        }
    }
}
