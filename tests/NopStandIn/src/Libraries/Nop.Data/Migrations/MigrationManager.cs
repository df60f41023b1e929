using System.Reflection;
using FluentMigrator;
using FluentMigrator.Infrastructure;
using FluentMigrator.Runner;
using FluentMigrator.Runner.Initialization;
using Nop.Data.Configuration;

namespace Nop.Data.Migrations;

// Real source: src/Libraries/Nop.Data/Migrations/MigrationManager.cs
/// <summary>Applies and reverts the dated migrations of one assembly through FluentMigrator's runner.</summary>
public partial class MigrationManager : IMigrationManager
{
    protected readonly IFilteringMigrationSource _filteringMigrationSource;
    protected readonly IMigrationRunner _migrationRunner;
    protected readonly IMigrationRunnerConventions _migrationRunnerConventions;
    protected readonly Lazy<IVersionLoader> _versionLoader;

    public MigrationManager(IFilteringMigrationSource filteringMigrationSource,
        IMigrationRunner migrationRunner,
        IMigrationRunnerConventions migrationRunnerConventions,
        Lazy<IVersionLoader> versionLoader)
    {
        _filteringMigrationSource = filteringMigrationSource;
        _migrationRunner = migrationRunner;
        _migrationRunnerConventions = migrationRunnerConventions;
        _versionLoader = versionLoader;
    }

    /// <param name="exactlyProcessType">Take only migrations targeting exactly <paramref name="migrationProcessType"/> (NoMatter ones excluded).</param>
    /// <param name="isApplied">Take the recorded migrations instead of the pending ones.</param>
    protected virtual IEnumerable<IMigrationInfo> GetMigrations(Assembly assembly, bool exactlyProcessType,
        MigrationProcessType migrationProcessType = MigrationProcessType.NoMatter, bool isApplied = false, bool isSchemaMigration = false)
    {
        if (exactlyProcessType && migrationProcessType == MigrationProcessType.NoMatter)
            throw new ArgumentException("An exact migration process type cannot be NoMatter", nameof(migrationProcessType));

        // read the version table again: another instance (or a previous call) may have changed it
        _versionLoader.Value.LoadVersionInfo();
        var versionInfo = _versionLoader.Value.VersionInfo;

        bool isWanted(Type type)
        {
            if (assembly != null && type.Assembly != assembly)
                return false;

            var attribute = type.GetCustomAttribute<NopMigrationAttribute>();
            if (attribute is null)
                return false;

            if (isSchemaMigration && !attribute.IsSchemaMigration)
                return false;

            if (versionInfo.HasAppliedMigration(attribute.Version) != isApplied)
                return false;

            var target = attribute.TargetMigrationProcess;
            if (exactlyProcessType)
                return target == migrationProcessType;

            return target == MigrationProcessType.NoMatter
                || migrationProcessType == MigrationProcessType.NoMatter
                || target == migrationProcessType;
        }

        var migrations = _filteringMigrationSource.GetMigrations(isWanted) ?? Enumerable.Empty<IMigration>();

        return migrations.Select(_migrationRunnerConventions.GetMigrationInfoForMigration);
    }

    public virtual void ApplyUpMigrations(Assembly assembly, MigrationProcessType migrationProcessType = MigrationProcessType.Installation, bool commitVersionOnly = false)
    {
        ArgumentNullException.ThrowIfNull(assembly);

        var exactly = commitVersionOnly && migrationProcessType != MigrationProcessType.NoMatter;
        foreach (var migrationInfo in GetMigrations(assembly, exactly, migrationProcessType).OrderBy(migration => migration.Version))
            ApplyUpMigration(migrationInfo, commitVersionOnly);
    }

    public virtual void ApplyUpSchemaMigrations(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);

        foreach (var migrationInfo in GetMigrations(assembly, false, isSchemaMigration: true).OrderBy(migration => migration.Version))
            ApplyUpMigration(migrationInfo);
    }

    public virtual void ApplyDownMigrations(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);

        foreach (var migrationInfo in GetMigrations(assembly, false, isApplied: true).OrderByDescending(migration => migration.Version))
            ApplyDownMigration(migrationInfo);
    }

    public virtual void ApplyDownMigration(IMigrationInfo migrationInfo)
    {
        ArgumentNullException.ThrowIfNull(migrationInfo);

        using (DataSettingsManager.UseSettings(SettingsOfProcessor()))
            _migrationRunner.Down(migrationInfo.Migration);
        _versionLoader.Value.DeleteVersion(migrationInfo.Version);
    }

    public virtual void ApplyUpMigration(IMigrationInfo migrationInfo, bool commitVersionOnly = false)
    {
        ArgumentNullException.ThrowIfNull(migrationInfo);

        if (!commitVersionOnly)
        {
            using (DataSettingsManager.UseSettings(SettingsOfProcessor()))
                _migrationRunner.Up(migrationInfo.Migration);
        }

        // nopCommerce built in Debug skips recording migrations marked ApplyInDbOnDebugMode = false;
        // a store runs a Release build, which records every migration, and so does the stand-in.
        _versionLoader.Value.UpdateVersionInfo(migrationInfo.Version,
            migrationInfo.Description ?? migrationInfo.Migration.GetType().Name);
    }

    // Stand-in: a store's migrations read the engine from its data settings (DataSettingsManager); the tests run
    // several engines in one process, so the engine is the one of the runner's processor.
    private DataConfig SettingsOfProcessor()
    {
        var databaseType = _migrationRunner.Processor.DatabaseType;
        var provider = databaseType.StartsWith("MySql", StringComparison.OrdinalIgnoreCase) ? DataProviderType.MySql
            : databaseType.StartsWith("Postgres", StringComparison.OrdinalIgnoreCase) ? DataProviderType.PostgreSQL
            : databaseType.StartsWith("SqlServer", StringComparison.OrdinalIgnoreCase) ? DataProviderType.SqlServer
            : DataProviderType.Unknown;

        return new DataConfig { DataProvider = provider };
    }
}
