using FluentMigrator;
using Nop.Data.Extensions;
using Nop.Data.Migrations;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Data.SampleMigrations;

// Migrations of this test assembly, one per process type, to check the migration manager's rules. They are only
// applied by tests that pass this assembly explicitly; the plugin's own migrations live in the plugin assembly.

[NopMigration("2030/01/01 10:00:00", "Sample table created whatever the process", MigrationProcessType.NoMatter)]
public class SampleNoMatterMigration : Migration
{
    public const string TableName = "MoTest_NoMatter";

    public override void Up()
    {
        MigrationJournal.Record(ConnectionString, "up NoMatter");
        Create.Table(TableName)
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("Code").AsString(50).NotNullable().Unique("IX_MoTest_NoMatter_Code");
        Create.TableFor<SampleParcel>();
    }

    public override void Down()
    {
        MigrationJournal.Record(ConnectionString, "down NoMatter");
        Delete.Table(SampleNameCompatibility.ParcelTableName);
        Delete.Table(TableName);
    }
}

[NopMigration("2030.01.01 11:00:00:1234567", "Sample table created on installation", MigrationProcessType.Installation)]
public class SampleInstallationMigration : Migration
{
    public const string TableName = "MoTest_Installation";

    public override void Up()
    {
        MigrationJournal.Record(ConnectionString, "up Installation");
        Create.Table(TableName).WithColumn("Id").AsInt32().PrimaryKey().Identity();
    }

    public override void Down()
    {
        MigrationJournal.Record(ConnectionString, "down Installation");
        Delete.Table(TableName);
    }
}

[NopMigration("2030-01-01 12:00:00", "Sample table created on update", MigrationProcessType.Update)]
public class SampleUpdateMigration : Migration
{
    public const string TableName = "MoTest_Update";

    public override void Up()
    {
        MigrationJournal.Record(ConnectionString, "up Update");
        Create.Table(TableName).WithColumn("Id").AsInt32().PrimaryKey().Identity();
    }

    // Recorded but never run on a fresh install, yet reverted on uninstall: Down() must cope with a missing table.
    public override void Down()
    {
        MigrationJournal.Record(ConnectionString, "down Update");
        if (Schema.Table(TableName).Exists())
            Delete.Table(TableName);
    }
}

[NopMigration("2030/01/01 13:00:00", "1.1", UpdateMigrationType.Data, MigrationProcessType.Update)]
public class SampleUpdateDataMigration : Migration
{
    public override void Up()
    {
        MigrationJournal.Record(ConnectionString, "up UpdateData");
    }

    public override void Down()
    {
        MigrationJournal.Record(ConnectionString, "down UpdateData");
    }
}
