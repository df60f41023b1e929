using System.Reflection;
using FluentMigrator.Runner;
using FluentMigrator.Runner.Conventions;
using FluentMigrator.Runner.Generators.MySql;
using Microsoft.Extensions.DependencyInjection;
using Nop.Data;
using Nop.Data.DataProviders.Fluentmigrator;
using Nop.Data.Migrations;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Data;

/// <summary>FluentMigrator wired as nopCommerce wires it (NopDbStartup), for one test database.</summary>
internal static class StoreSchemaMigrations
{
    /// <summary>Nop.Data (the store schema), the plugin, and this test assembly (sample migrations for rule tests).</summary>
    public static Assembly[] ScannedAssemblies { get; } =
    [
        typeof(INopDataProvider).Assembly,
        typeof(MerchantOpsDefaults).Assembly,
        typeof(StoreSchemaMigrations).Assembly
    ];

    public static ServiceProvider BuildServices(DatabaseEngine engine, string connectionString, INopDataProvider dataProvider)
    {
        var services = new ServiceCollection();
        services.AddSingleton(dataProvider);
        services
            .AddFluentMigratorCore()
            .ConfigureRunner(runner =>
            {
                runner.WithVersionTable(new MigrationVersionInfo());
                if (engine == DatabaseEngine.PostgreSql)
                    runner.AddPostgres92();
                else if (engine == DatabaseEngine.MySql)
                    runner.AddMySql5();
                else
                    runner.AddSQLite();
                runner.WithGlobalConnectionString(connectionString)
                    .ScanIn(ScannedAssemblies).For.Migrations();
            });
        // as NopDbStartup: nopCommerce's MySQL type map (TEXT types in the database's character set)
        if (engine == DatabaseEngine.MySql)
            services.AddScoped<IMySqlTypeMap>(_ => new NopMySql5TypeMap());
        services.AddScoped<IConventionSet>(_ => new NopConventionSet(dataProvider));
        services.AddScoped<IMigrationManager, MigrationManager>();
        services.AddTransient(provider => new Lazy<IVersionLoader>(provider.GetRequiredService<IVersionLoader>()));

        return services.BuildServiceProvider();
    }

    /// <summary>What a store installation does to the database: Nop.Data's installation migrations, its update migrations recorded.</summary>
    public static void CreateStoreSchema(DatabaseEngine engine, string connectionString, INopDataProvider dataProvider)
    {
        using var services = BuildServices(engine, connectionString, dataProvider);
        using var scope = services.CreateScope();
        var migrationManager = scope.ServiceProvider.GetRequiredService<IMigrationManager>();

        var storeAssembly = typeof(INopDataProvider).Assembly;
        migrationManager.ApplyUpMigrations(storeAssembly, MigrationProcessType.Installation);
        migrationManager.ApplyUpMigrations(storeAssembly, MigrationProcessType.Update, commitVersionOnly: true);
    }

    /// <summary>
    /// What nopCommerce does before the plugin's InstallAsync: runs the plugin assembly's NoMatter and Installation
    /// migrations, then records its Update migrations as applied without running them.
    /// </summary>
    public static void InstallPluginSchema(IMigrationManager migrationManager)
    {
        var pluginAssembly = typeof(MerchantOpsDefaults).Assembly;
        migrationManager.ApplyUpMigrations(pluginAssembly, MigrationProcessType.Installation);
        migrationManager.ApplyUpMigrations(pluginAssembly, MigrationProcessType.Update, commitVersionOnly: true);
    }

    /// <summary><see cref="InstallPluginSchema(IMigrationManager)"/> on a database of its own (a template being built).</summary>
    public static void InstallPluginSchema(DatabaseEngine engine, string connectionString, INopDataProvider dataProvider)
    {
        using var services = BuildServices(engine, connectionString, dataProvider);
        using var scope = services.CreateScope();
        InstallPluginSchema(scope.ServiceProvider.GetRequiredService<IMigrationManager>());
    }
}
