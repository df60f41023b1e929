using System.Reflection;
using Nop.Data.Migrations;
using Nop.Plugin.Misc.MerchantOps.Tests.Data.SampleMigrations;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Data;

[TestFixture(DatabaseEngine.Sqlite)]
[TestFixture(DatabaseEngine.PostgreSql)]
[TestFixture(DatabaseEngine.MySql)]
public class MigrationManagerTests : DatabaseTestBase
{
    private static readonly Assembly _sampleAssembly = typeof(SampleNoMatterMigration).Assembly;
    private static readonly long _noMatterVersion = VersionOf<SampleNoMatterMigration>();
    private static readonly long _installationVersion = VersionOf<SampleInstallationMigration>();
    private static readonly long _updateVersion = VersionOf<SampleUpdateMigration>();
    private static readonly long _updateDataVersion = VersionOf<SampleUpdateDataMigration>();

    public MigrationManagerTests(DatabaseEngine engine) : base(engine)
    {
    }

    [Test]
    public async Task Installing_runs_NoMatter_and_Installation_migrations_and_only_records_Update_migrations()
    {
        var storeVersions = await Database.GetAppliedMigrationVersionsAsync();

        InstallSamples();

        Assert.Multiple(async () =>
        {
            Assert.That(MigrationJournal.StepsOf(Database), Is.EqualTo(new[] { "up NoMatter", "up Installation" }));
            Assert.That(await Database.GetTableNamesAsync(), Does.Contain(SampleNoMatterMigration.TableName)
                .And.Contain(SampleInstallationMigration.TableName)
                .And.Not.Contain(SampleUpdateMigration.TableName));
            Assert.That(await Database.GetAppliedMigrationVersionsAsync(), Is.EquivalentTo(
                storeVersions.Concat([_noMatterVersion, _installationVersion, _updateVersion, _updateDataVersion])));
        });
    }

    [Test]
    public async Task Uninstalling_runs_down_of_every_recorded_migration_newest_first_and_deletes_their_versions()
    {
        var storeVersions = await Database.GetAppliedMigrationVersionsAsync();
        var storeTables = await Database.GetTableNamesAsync();
        InstallSamples();

        Database.MigrationManager.ApplyDownMigrations(_sampleAssembly);

        Assert.Multiple(async () =>
        {
            Assert.That(MigrationJournal.StepsOf(Database).Skip(2), Is.EqualTo(new[]
            {
                "down UpdateData", "down Update", "down Installation", "down NoMatter"
            }));
            Assert.That(await Database.GetAppliedMigrationVersionsAsync(), Is.EquivalentTo(storeVersions));
            Assert.That(await Database.GetTableNamesAsync(), Is.EquivalentTo(storeTables));
        });
    }

    [Test]
    public async Task Updating_runs_the_pending_NoMatter_and_Update_migrations_once()
    {
        Database.MigrationManager.ApplyUpMigrations(_sampleAssembly, MigrationProcessType.Update);
        Database.MigrationManager.ApplyUpMigrations(_sampleAssembly, MigrationProcessType.Update);

        Assert.Multiple(async () =>
        {
            Assert.That(MigrationJournal.StepsOf(Database), Is.EqualTo(new[] { "up NoMatter", "up Update", "up UpdateData" }));
            Assert.That(await Database.GetTableNamesAsync(), Does.Not.Contain(SampleInstallationMigration.TableName));
        });
    }

    [Test]
    public async Task Updating_after_an_install_runs_nothing_already_recorded()
    {
        InstallSamples();

        Database.MigrationManager.ApplyUpMigrations(_sampleAssembly, MigrationProcessType.Update);

        Assert.Multiple(async () =>
        {
            Assert.That(MigrationJournal.StepsOf(Database), Is.EqualTo(new[] { "up NoMatter", "up Installation" }));
            Assert.That(await Database.GetTableNamesAsync(), Does.Not.Contain(SampleUpdateMigration.TableName));
        });
    }

    [Test]
    public async Task Plugin_schema_installs_and_uninstalls_leaving_the_store_schema_as_it_was()
    {
        var storeTables = await Database.GetTableNamesAsync();
        var storeVersions = await Database.GetAppliedMigrationVersionsAsync();

        await Database.InstallPluginSchemaAsync(runMigrations: true);
        await Database.UninstallPluginSchemaAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(await Database.GetTableNamesAsync(), Is.EquivalentTo(storeTables));
            Assert.That(await Database.GetAppliedMigrationVersionsAsync(), Is.EquivalentTo(storeVersions));
        });
    }

    [Test]
    public async Task Store_schema_has_the_store_tables_the_plugin_reads()
    {
        var tables = await Database.GetTableNamesAsync();

        Assert.That(tables, Is.SupersetOf(new[]
        {
            "Order", "OrderItem", "OrderNote", "Product", "ProductAttributeCombination", "Shipment", "ShipmentItem",
            "Warehouse", "ProductWarehouseInventory", "Customer", "CustomerRole", "Customer_CustomerRole_Mapping",
            "Address", "Store", "Language", "Setting", "LocaleStringResource", "PermissionRecord",
            "PermissionRecord_Role_Mapping", "QueuedEmail", "EmailAccount", "MessageTemplate", "Topic",
            "ScheduleTask", "ActivityLog", "ActivityLogType", "GenericAttribute", "ReturnRequest", "ProductReview",
            "ShoppingCartItem", "Vendor", "Log", "Country", "StateProvince", "MigrationVersionInfo"
        }));
    }

    // Indexes named in Nop.Data's Indexes migration keep their names; those of foreign keys are named by the data
    // provider (IX_{table}_{column}, on MySQL "IX_" and a SHA1 of that, as MySQL names are at most 64 characters).
    [Test]
    public async Task Store_tables_have_the_store_indexes()
    {
        Assert.Multiple(async () =>
        {
            Assert.That(await Database.GetIndexNamesAsync("Order"), Is.SupersetOf(new[]
            {
                "IX_Order_CreatedOnUtc", Database.DataProvider.GetIndexName("Order", "CustomerId"), "AK_Order_OrderGuid"
            }));
            Assert.That(await Database.GetIndexNamesAsync("ProductAttributeCombination"), Does.Contain("IX_ProductAttributeCombination_Sku"));
            Assert.That(await Database.GetIndexNamesAsync("Shipment"), Does.Contain(Database.DataProvider.GetIndexName("Shipment", "OrderId")));
            Assert.That(await Database.GetIndexNamesAsync("QueuedEmail"), Does.Contain("IX_QueuedEmail_SentOnUtc_DontSendBeforeDateUtc_Extended"));
        });
    }

    private void InstallSamples()
    {
        Database.MigrationManager.ApplyUpMigrations(_sampleAssembly, MigrationProcessType.Installation);
        Database.MigrationManager.ApplyUpMigrations(_sampleAssembly, MigrationProcessType.Update, commitVersionOnly: true);
    }

    private static long VersionOf<TMigration>() => typeof(TMigration).GetCustomAttribute<NopMigrationAttribute>().Version;
}
