using System.Reflection;
using FluentMigrator.Infrastructure;

namespace Nop.Data.Migrations;

// Real source: src/Libraries/Nop.Data/Migrations/IMigrationManager.cs
public partial interface IMigrationManager
{
    /// <summary>
    /// Runs the not yet applied migrations of the assembly whose target is <paramref name="migrationProcessType"/>
    /// or NoMatter, oldest first, and records them. With <paramref name="commitVersionOnly"/> (and a process type
    /// other than NoMatter) only migrations of exactly that type are taken, and they are recorded without running.
    /// </summary>
    void ApplyUpMigrations(Assembly assembly, MigrationProcessType migrationProcessType = MigrationProcessType.Installation, bool commitVersionOnly = false);

    /// <summary>Runs the not yet applied schema migrations of the assembly, whatever their target.</summary>
    void ApplyUpSchemaMigrations(Assembly assembly);

    /// <summary>Runs Down() of every recorded migration of the assembly, newest first, and deletes its version row.</summary>
    void ApplyDownMigrations(Assembly assembly);

    void ApplyDownMigration(IMigrationInfo migration);

    void ApplyUpMigration(IMigrationInfo migration, bool commitVersionOnly = false);
}
