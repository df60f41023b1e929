using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core;
using Nop.Core.Caching;
using Nop.Data;
using Nop.Data.Migrations;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Data;

/// <summary>
/// A fresh database with a store's schema (nopCommerce tables and indexes) and the data layer over it:
/// repositories publishing to <see cref="EventPublisher"/>, caching in <see cref="CacheManager"/>, and the
/// migration manager the store uses to install and uninstall a plugin's schema. Dropped on dispose.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private static readonly Assembly _pluginAssembly = typeof(MerchantOpsDefaults).Assembly;

    private readonly ConcurrentDictionary<Type, object> _repositories = new();
    private ServiceProvider _migrationServices;
    private IServiceScope _migrationScope;
    private bool _disposed;

    private TestDatabase(DatabaseEngine engine, string connectionString)
    {
        Engine = engine;
        ConnectionString = connectionString;
        DataProvider = engine switch
        {
            DatabaseEngine.PostgreSql => PostgreSqlTestServer.Instance.CreateDataProvider(connectionString),
            DatabaseEngine.MySql => MySqlTestServer.Instance.CreateDataProvider(connectionString),
            _ => SqliteTestServer.CreateDataProvider(connectionString)
        };
    }

    /// <summary>
    /// Creates an empty database holding the store schema. On PostgreSQL and MariaDB the test is ignored when no
    /// server answers, or failed when the CI variable is true.
    /// </summary>
    public static async Task<TestDatabase> CreateAsync(DatabaseEngine engine)
    {
        var connectionString = engine switch
        {
            DatabaseEngine.PostgreSql => await PostgreSqlTestServer.Instance.CreateDatabaseAsync(),
            DatabaseEngine.MySql => await MySqlTestServer.Instance.CreateDatabaseAsync(),
            _ => await SqliteTestServer.CreateDatabaseAsync()
        };

        return new TestDatabase(engine, connectionString);
    }

    public DatabaseEngine Engine { get; }

    public string ConnectionString { get; }

    public INopDataProvider DataProvider { get; }

    /// <summary>Records the events the repositories publish; handlers can be subscribed.</summary>
    public RecordingEventPublisher EventPublisher { get; } = new();

    public InMemoryStaticCacheManager CacheManager { get; } = new();

    public IMigrationManager MigrationManager => MigrationScope.ServiceProvider.GetRequiredService<IMigrationManager>();

    public IRepository<T> Repository<T>() where T : BaseEntity =>
        (IRepository<T>)_repositories.GetOrAdd(typeof(T), _ => new EntityRepository<T>(EventPublisher, DataProvider, CacheManager));

    /// <summary>
    /// A repository as another application instance on the same database would have it: its own cache and
    /// events (pass them in to observe them), the same rows.
    /// </summary>
    public IRepository<T> RepositoryOfAnotherInstance<T>(IStaticCacheManager cacheManager = null, RecordingEventPublisher eventPublisher = null)
        where T : BaseEntity =>
        new EntityRepository<T>(eventPublisher ?? new RecordingEventPublisher(), DataProvider, cacheManager ?? new InMemoryStaticCacheManager());

    /// <summary>
    /// What nopCommerce does before the plugin's InstallAsync: runs the plugin assembly's NoMatter and
    /// Installation migrations, then records its Update migrations as applied without running them.
    /// </summary>
    public Task InstallPluginSchemaAsync()
    {
        MigrationManager.ApplyUpMigrations(_pluginAssembly, MigrationProcessType.Installation);
        MigrationManager.ApplyUpMigrations(_pluginAssembly, MigrationProcessType.Update, commitVersionOnly: true);
        return Task.CompletedTask;
    }

    /// <summary>What nopCommerce does when plugin.json's version changes, before the plugin's UpdateAsync.</summary>
    public Task UpdatePluginSchemaAsync()
    {
        MigrationManager.ApplyUpMigrations(_pluginAssembly, MigrationProcessType.Update);
        return Task.CompletedTask;
    }

    /// <summary>What nopCommerce does after the plugin's UninstallAsync: Down() of every recorded plugin migration, newest first.</summary>
    public Task UninstallPluginSchemaAsync()
    {
        MigrationManager.ApplyDownMigrations(_pluginAssembly);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<string>> GetTableNamesAsync() => Engine switch
    {
        DatabaseEngine.PostgreSql => PostgreSqlTestServer.Instance.GetTableNamesAsync(ConnectionString),
        DatabaseEngine.MySql => MySqlTestServer.Instance.GetTableNamesAsync(ConnectionString),
        _ => SqliteTestServer.GetTableNamesAsync(ConnectionString)
    };

    public Task<IReadOnlyList<string>> GetIndexNamesAsync(string tableName) => Engine switch
    {
        DatabaseEngine.PostgreSql => PostgreSqlTestServer.Instance.GetIndexNamesAsync(ConnectionString, tableName),
        DatabaseEngine.MySql => MySqlTestServer.Instance.GetIndexNamesAsync(ConnectionString, tableName),
        _ => SqliteTestServer.GetIndexNamesAsync(ConnectionString, tableName)
    };

    /// <summary>
    /// <paramref name="identifier"/> quoted for raw SQL on this engine: "name" on PostgreSQL and SQLite, `name` on
    /// MySQL (whose default SQL mode reads "name" as a string).
    /// </summary>
    public string Quote(string identifier) => Engine == DatabaseEngine.MySql ? $"`{identifier}`" : $"\"{identifier}\"";

    /// <summary>Versions recorded in the MigrationVersionInfo table.</summary>
    public async Task<IReadOnlyList<long>> GetAppliedMigrationVersionsAsync() =>
        (await DataProvider.QueryAsync<long>($"SELECT {Quote("Version")} FROM {Quote("MigrationVersionInfo")} ORDER BY {Quote("Version")}")).ToList();

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
            return;

        _disposed = true;
        _migrationScope?.Dispose();
        if (_migrationServices != null)
            await _migrationServices.DisposeAsync();

        switch (Engine)
        {
            case DatabaseEngine.PostgreSql:
                await PostgreSqlTestServer.Instance.DropDatabaseAsync(ConnectionString);
                break;
            case DatabaseEngine.MySql:
                await MySqlTestServer.Instance.DropDatabaseAsync(ConnectionString);
                break;
            default:
                await SqliteTestServer.DropDatabaseAsync(ConnectionString);
                break;
        }
    }

    private IServiceScope MigrationScope
    {
        get
        {
            if (_migrationScope != null)
                return _migrationScope;

            _migrationServices = StoreSchemaMigrations.BuildServices(Engine, ConnectionString, DataProvider);
            _migrationScope = _migrationServices.CreateScope();
            return _migrationScope;
        }
    }
}
