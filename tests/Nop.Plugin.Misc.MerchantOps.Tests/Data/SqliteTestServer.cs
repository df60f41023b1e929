using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Nop.Data;
using Nop.Data.DataProviders;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Data;

/// <summary>
/// SQLite test databases: files in a per-process temporary folder, each a copy of a template file: the store schema,
/// or the store schema with the plugin's schema installed by its migrations (<see cref="DatabaseTemplate"/>; each built
/// once per test run, when first asked for).
/// </summary>
internal static class SqliteTestServer
{
    // in memory when the machine has /dev/shm (Linux): SQLite syncs its WAL to disk at every commit, which a test
    // database does not need and which costs most of a test's time when the disk is busy
    private static readonly string _rootFolder = Path.Combine(Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath(), "merchantops-tests");
    private static readonly string _folder = Path.Combine(_rootFolder, $"sqlite-{Environment.ProcessId}");
    private static readonly SemaphoreSlim _templateLock = new(1, 1);
    private static readonly ConcurrentDictionary<DatabaseTemplate, string> _templatePaths = new();

    static SqliteTestServer()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDeleteFolder(_folder);
    }

    public static string ConnectionString(string path) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Pooling = false,
        ForeignKeys = true,
        DefaultTimeout = 30
    }.ToString();

    public static INopDataProvider CreateDataProvider(string connectionString) => new SqLiteNopDataProvider(connectionString);

    public static async Task<string> CreateDatabaseAsync(DatabaseTemplate template = DatabaseTemplate.Store)
    {
        var templatePath = await GetTemplateAsync(template);
        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.db");
        File.Copy(templatePath, path);

        return ConnectionString(path);
    }

    public static Task DropDatabaseAsync(string connectionString)
    {
        var path = new SqliteConnectionStringBuilder(connectionString).DataSource;
        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
            TryDeleteFile(file);

        return Task.CompletedTask;
    }

    public static async Task<IReadOnlyList<string>> GetTableNamesAsync(string connectionString) =>
        await QueryNamesAsync(connectionString,
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name", null);

    public static async Task<IReadOnlyList<string>> GetIndexNamesAsync(string connectionString, string tableName) =>
        await QueryNamesAsync(connectionString,
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = $table ORDER BY name", tableName);

    private static async Task<IReadOnlyList<string>> QueryNamesAsync(string connectionString, string sql, string tableName)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (tableName != null)
            command.Parameters.AddWithValue("$table", tableName);

        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            names.Add(reader.GetString(0));

        return names;
    }

    private static async Task<string> GetTemplateAsync(DatabaseTemplate template)
    {
        if (_templatePaths.TryGetValue(template, out var built))
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
    private static async Task<string> BuildTemplateAsync(DatabaseTemplate template)
    {
        if (_templatePaths.TryGetValue(template, out var built))
            return built;

        var path = Path.Combine(_folder, template == DatabaseTemplate.Store ? "template.db" : "template-plugin.db");
        var connectionString = ConnectionString(path);
        if (template == DatabaseTemplate.Store)
        {
            DeleteFoldersOfEndedRuns();
            Directory.CreateDirectory(_folder);
            TryDeleteFile(path);

            // WAL lets readers and a writer (other threads, other "app instances") work at the same time
            await using (var connection = new SqliteConnection(connectionString))
            {
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = "PRAGMA journal_mode=WAL;";
                await command.ExecuteNonQueryAsync();
            }

            StoreSchemaMigrations.CreateStoreSchema(DatabaseEngine.Sqlite, connectionString, CreateDataProvider(connectionString));
        }
        else
        {
            File.Copy(await BuildTemplateAsync(DatabaseTemplate.Store), path, overwrite: true);
            StoreSchemaMigrations.InstallPluginSchema(DatabaseEngine.Sqlite, connectionString, CreateDataProvider(connectionString));
        }

        // the last connection closed writes the WAL into the file and deletes it: the file alone is the database
        SqliteConnection.ClearAllPools();
        if (File.Exists(path + "-wal"))
            throw new InvalidOperationException($"The template {path} is still open (its WAL file exists): a copy of the file would miss rows.");

        _templatePaths[template] = path;
        return path;
    }

    private static void DeleteFoldersOfEndedRuns()
    {
        if (!Directory.Exists(_rootFolder))
            return;

        foreach (var folder in Directory.GetDirectories(_rootFolder, "sqlite-*"))
        {
            if (int.TryParse(Path.GetFileName(folder)["sqlite-".Length..], out var processId) && !IsRunning(processId))
                TryDeleteFolder(folder);
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

    private static void TryDeleteFile(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
    }

    private static void TryDeleteFolder(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
