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
/// <remarks>
/// Installing the plugin's schema on a database nobody has used yet (the usual first step of a test) does not run
/// the plugin's migrations again: the database is exchanged for a copy of a template on which they ran once in this
/// test process (<see cref="DatabaseTemplate.PluginInstalled"/>), which is the same schema and the same recorded
/// versions. Any use of the database before (its connection string, provider, a repository, the migration manager,
/// a query) makes the install run the migrations, as does <c>runMigrations: true</c>.
/// </remarks>
public sealed class TestDatabase : IAsyncDisposable
{
    /// <summary>Set to true to run the plugin's migrations at every install (no template), e.g. to compare.</summary>
    public const string NoTemplateVariable = "MERCHANTOPS_TEST_NO_SCHEMA_TEMPLATE";

    private readonly ConcurrentDictionary<Type, object> _repositories = new();
    private string _connectionString;
    private INopDataProvider _dataProvider;
    private bool _used;
    private ServiceProvider _migrationServices;
    private IServiceScope _migrationScope;
    private bool _disposed;

    private TestDatabase(DatabaseEngine engine, string connectionString)
    {
        Engine = engine;
        UseDatabase(connectionString);
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

    public string ConnectionString => Used(_connectionString);

    public INopDataProvider DataProvider => Used(_dataProvider);

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
    /// On a database nobody has used yet, the database becomes a copy of the template on which exactly that ran
    /// (see the remarks of <see cref="TestDatabase"/>), unless <paramref name="runMigrations"/> is true: tests of the
    /// install itself pass true.
    /// </summary>
    public async Task InstallPluginSchemaAsync(bool runMigrations = false)
    {
        if (!runMigrations && !_used && !IsTemplateOff())
        {
            await ExchangeForPluginTemplateCopyAsync();
            return;
        }

        StoreSchemaMigrations.InstallPluginSchema(MigrationManager);
    }

    /// <summary>What nopCommerce does when plugin.json's version changes, before the plugin's UpdateAsync.</summary>
    public Task UpdatePluginSchemaAsync()
    {
        MigrationManager.ApplyUpMigrations(PluginAssembly, MigrationProcessType.Update);
        return Task.CompletedTask;
    }

    /// <summary>What nopCommerce does after the plugin's UninstallAsync: Down() of every recorded plugin migration, newest first.</summary>
    public Task UninstallPluginSchemaAsync()
    {
        MigrationManager.ApplyDownMigrations(PluginAssembly);
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

        // a store copy nobody connected to (a test ignored before it began) is handed back for the next test
        switch (Engine)
        {
            case DatabaseEngine.PostgreSql when !_used:
                PostgreSqlTestServer.Instance.ReturnUnused(_connectionString, DatabaseTemplate.Store);
                break;
            case DatabaseEngine.PostgreSql:
                await PostgreSqlTestServer.Instance.DropDatabaseAsync(_connectionString);
                break;
            case DatabaseEngine.MySql when !_used:
                MySqlTestServer.Instance.ReturnUnused(_connectionString, DatabaseTemplate.Store);
                break;
            case DatabaseEngine.MySql:
                await MySqlTestServer.Instance.DropDatabaseAsync(_connectionString);
                break;
            default:
                await SqliteTestServer.DropDatabaseAsync(_connectionString);
                break;
        }
    }

    private static Assembly PluginAssembly => typeof(MerchantOpsDefaults).Assembly;

    private static bool IsTemplateOff() =>
        string.Equals(Environment.GetEnvironmentVariable(NoTemplateVariable), "true", StringComparison.OrdinalIgnoreCase);

    private T Used<T>(T value)
    {
        _used = true;
        return value;
    }

    private void UseDatabase(string connectionString)
    {
        _connectionString = connectionString;
        _dataProvider = Engine switch
        {
            DatabaseEngine.PostgreSql => PostgreSqlTestServer.Instance.CreateDataProvider(connectionString),
            DatabaseEngine.MySql => MySqlTestServer.Instance.CreateDataProvider(connectionString),
            _ => SqliteTestServer.CreateDataProvider(connectionString)
        };
    }

    /// <summary>
    /// Takes a copy of the plugin template in place of the store copy, which nobody has connected to: handed back to
    /// the server for the next test (SQLite: deleted, a file copy costs nothing).
    /// </summary>
    private async Task ExchangeForPluginTemplateCopyAsync()
    {
        var unused = _connectionString;
        switch (Engine)
        {
            case DatabaseEngine.PostgreSql:
                UseDatabase(await PostgreSqlTestServer.Instance.CreateDatabaseAsync(DatabaseTemplate.PluginInstalled));
                PostgreSqlTestServer.Instance.ReturnUnused(unused, DatabaseTemplate.Store);
                break;
            case DatabaseEngine.MySql:
                UseDatabase(await MySqlTestServer.Instance.CreateDatabaseAsync(DatabaseTemplate.PluginInstalled));
                MySqlTestServer.Instance.ReturnUnused(unused, DatabaseTemplate.Store);
                break;
            default:
                UseDatabase(await SqliteTestServer.CreateDatabaseAsync(DatabaseTemplate.PluginInstalled));
                await SqliteTestServer.DropDatabaseAsync(unused);
                break;
        }

        _used = true;
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
