using System.Reflection;
using FluentMigrator.Runner;
using FluentMigrator.Runner.Conventions;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Nop.Core;
using Nop.Core.Caching;
using Nop.Core.Events;
using Nop.Data;
using Nop.Data.DataProviders;
using Nop.Data.Migrations;

using Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;

namespace Nop.Plugin.Misc.MerchantOps.Benchmarks.Infrastructure;

/// <summary>
/// The big-store database (default <c>merchantops_bench</c> on 127.0.0.1:5432, postgres/postgres) and the stand-in's
/// data layer over it, wired as the tests wire it: <see cref="PostgreSqlDataProvider"/> (citext strings),
/// <see cref="EntityRepository{TEntity}"/>, and FluentMigrator with nopCommerce's conventions for the store schema
/// and the plugin's migrations.
/// </summary>
public sealed class BenchDatabase
{
    /// <summary>An Npgsql connection string to the server (its Database, if any, is the bench database's name).</summary>
    public const string ConnectionStringVariable = "MERCHANTOPS_BENCH_POSTGRES";
    public const string DefaultDatabaseName = "merchantops_bench";
    private const string DefaultServer = "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres";

    private static readonly Assembly _pluginAssembly = typeof(MerchantOpsDefaults).Assembly;
    private static readonly Assembly _storeAssembly = typeof(INopDataProvider).Assembly;

    private INopDataProvider _dataProvider;

    public BenchDatabase(string databaseName = null)
    {
        var builder = new NpgsqlConnectionStringBuilder(
            Environment.GetEnvironmentVariable(ConnectionStringVariable) is { Length: > 0 } configured ? configured : DefaultServer);
        DatabaseName = databaseName ?? (string.IsNullOrEmpty(builder.Database) ? DefaultDatabaseName : builder.Database);
        builder.Database = DatabaseName;
        // a 1,000,000-order count may take a while on a cold cache
        builder.CommandTimeout = Math.Max(builder.CommandTimeout, 600);
        ConnectionString = builder.ToString();
        AdminConnectionString = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = "postgres", Pooling = false }.ToString();
    }

    public string DatabaseName { get; }

    public string ConnectionString { get; }

    public string AdminConnectionString { get; }

    public NpgsqlConnectionStringBuilder Settings => new(ConnectionString);

    /// <summary>nopCommerce's PostgreSQL data provider over the bench database.</summary>
    public INopDataProvider DataProvider => _dataProvider ??= new PostgreSqlDataProvider(ConnectionString);

    /// <summary>A repository as nopCommerce's services get it (events go to <paramref name="eventPublisher"/>, nothing is published by default).</summary>
    public IRepository<T> Repository<T>(IStaticCacheManager cacheManager = null, IEventPublisher eventPublisher = null) where T : BaseEntity =>
        new EntityRepository<T>(eventPublisher ?? new NullEventPublisher(), DataProvider, cacheManager ?? new InMemoryStaticCacheManager { Enabled = false });

    public async Task<bool> ExistsAsync()
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        command.Parameters.AddWithValue("name", DatabaseName);
        return await command.ExecuteScalarAsync() != null;
    }

    /// <summary>Creates the empty database with the extensions nopCommerce creates on PostgreSQL (citext, pgcrypto).</summary>
    public async Task CreateAsync()
    {
        await ExecuteOnServerAsync($"CREATE DATABASE \"{DatabaseName}\"");
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("CREATE EXTENSION IF NOT EXISTS citext; CREATE EXTENSION IF NOT EXISTS pgcrypto;", connection);
        await command.ExecuteNonQueryAsync();
        await connection.ReloadTypesAsync();
    }

    public async Task DropAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{DatabaseName}\" WITH (FORCE)");
    }

    /// <summary>What a store installation does: Nop.Data's installation migrations run, its update migrations are recorded.</summary>
    public void CreateStoreSchema()
    {
        using var services = BuildMigrationServices();
        using var scope = services.CreateScope();
        var migrationManager = scope.ServiceProvider.GetRequiredService<IMigrationManager>();
        migrationManager.ApplyUpMigrations(_storeAssembly, MigrationProcessType.Installation);
        migrationManager.ApplyUpMigrations(_storeAssembly, MigrationProcessType.Update, commitVersionOnly: true);
    }

    /// <summary>
    /// The plugin's schema as a fresh install of the current code has it: pending NoMatter and Installation migrations
    /// run, pending Update migrations are recorded (what nopCommerce does before InstallAsync). Safe to call again:
    /// only migrations not recorded yet are applied, so migrations added since the seeding land here.
    /// </summary>
    /// <returns>The descriptions of the migrations applied now.</returns>
    public async Task<IReadOnlyList<string>> ApplyPluginMigrationsAsync()
    {
        var before = await AppliedMigrationsAsync();
        using (var services = BuildMigrationServices())
        using (var scope = services.CreateScope())
        {
            var migrationManager = scope.ServiceProvider.GetRequiredService<IMigrationManager>();
            migrationManager.ApplyUpMigrations(_pluginAssembly, MigrationProcessType.Installation);
            migrationManager.ApplyUpMigrations(_pluginAssembly, MigrationProcessType.Update, commitVersionOnly: true);
        }

        var after = await AppliedMigrationsAsync();
        return after.Where(migration => !before.Contains(migration)).ToList();
    }

    private async Task<HashSet<string>> AppliedMigrationsAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT \"Version\"::text || ' ' || coalesce(\"Description\", '') FROM \"MigrationVersionInfo\"", connection);
        var applied = new HashSet<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            applied.Add(reader.GetString(0));
        return applied;
    }

    private ServiceProvider BuildMigrationServices()
    {
        var dataProvider = DataProvider;
        var services = new ServiceCollection();
        services.AddSingleton(dataProvider);
        services
            .AddFluentMigratorCore()
            .ConfigureRunner(runner => runner
                .WithVersionTable(new MigrationVersionInfo())
                .AddPostgres92()
                .WithGlobalConnectionString(ConnectionString)
                // index creation on 1,000,000 rows outlasts FluentMigrator's default 30 s
                .WithGlobalCommandTimeout(TimeSpan.FromMinutes(30))
                .ScanIn(_storeAssembly, _pluginAssembly).For.Migrations());
        services.AddScoped<IConventionSet>(_ => new NopConventionSet(dataProvider));
        services.AddScoped<IMigrationManager, MigrationManager>();
        services.AddTransient(provider => new Lazy<IVersionLoader>(provider.GetRequiredService<IVersionLoader>()));
        return services.BuildServiceProvider();
    }

    public async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public async Task<int> ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return await command.ExecuteNonQueryAsync();
    }

    public async Task<T> ScalarAsync<T>(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        var result = await command.ExecuteScalarAsync();
        return result is null or DBNull ? default : (T)Convert.ChangeType(result, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T));
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
