using System.Data.Common;
using NUnit.Framework;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.MerchantOps.Packing.Data;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Packing;

[TestFixture(DatabaseEngine.Sqlite)]
[TestFixture(DatabaseEngine.PostgreSql)]
[TestFixture(DatabaseEngine.MySql)]
public class PackingSchemaTests : DatabaseTestBase
{
    private static readonly string[] Tables = [PackingTables.Batch, PackingTables.BatchOrder, PackingTables.BatchItem, PackingTables.Event];

    public PackingSchemaTests(DatabaseEngine engine) : base(engine)
    {
    }

    [Test]
    public async Task Install_creates_the_packing_tables_and_the_queue_index_on_orders()
    {
        await Database.InstallPluginSchemaAsync(runMigrations: true);

        Assert.That(await Database.GetTableNamesAsync(), Is.SupersetOf(Tables));
        Assert.That(await Database.GetIndexNamesAsync(nameof(Order)), Does.Contain(PackingTables.OrderQueueIndex));
        Assert.That(await Database.GetIndexNamesAsync(PackingTables.BatchOrder), Does.Contain(PackingTables.ActiveOrderIndex));
    }

    [Test]
    public async Task Uninstall_drops_the_packing_tables_and_the_index_it_added_to_orders()
    {
        await Database.InstallPluginSchemaAsync(runMigrations: true);

        await Database.UninstallPluginSchemaAsync();

        Assert.That(await Database.GetTableNamesAsync(), Is.Not.SupersetOf(Tables).And.No.Contains(PackingTables.Batch));
        Assert.That(await Database.GetIndexNamesAsync(nameof(Order)), Does.Not.Contain(PackingTables.OrderQueueIndex));
    }

    [Test]
    public async Task Reinstall_after_uninstall_creates_the_schema_again()
    {
        await Database.InstallPluginSchemaAsync(runMigrations: true);
        await Database.UninstallPluginSchemaAsync();

        await Database.InstallPluginSchemaAsync(runMigrations: true);

        Assert.That(await Database.GetTableNamesAsync(), Is.SupersetOf(Tables));
    }

    [Test]
    public async Task Two_batches_may_hold_one_order_the_guard_is_on_its_items()
    {
        var store = await PackingScenario.CreateAsync(Database);
        var order = await store.OrderAsync((await store.ProductAsync("MUG-01"), 1));
        var batches = Database.Repository<PackingBatch>();
        var first = PackingBatch.Create(null, 0, 5, 1, 0, StoreData.Now);
        var second = PackingBatch.Create(null, 0, 6, 2, 0, StoreData.Now);
        await batches.InsertAsync(new List<PackingBatch> { first, second });
        await Database.Repository<PackingBatchOrder>().InsertAsync(PackingBatchOrder.Claim(first.Id, order.Id, 0, StoreData.Now));

        Assert.DoesNotThrowAsync(() => Database.Repository<PackingBatchOrder>().InsertAsync(PackingBatchOrder.Claim(second.Id, order.Id, 0, StoreData.Now)));
        Assert.That(await Database.GetIndexNamesAsync(PackingTables.BatchItem), Does.Contain(PackingTables.ActiveOrderItemIndex));
        Assert.That(await Database.GetIndexNamesAsync(PackingTables.BatchOrder), Does.Not.Contain(PackingTables.WholeOrderClaimIndex));
    }

    [Test]
    public async Task Released_claims_of_an_order_do_not_block_a_new_one()
    {
        var store = await PackingScenario.CreateAsync(Database);
        var order = await store.OrderAsync((await store.ProductAsync("MUG-01"), 1));
        var batch = PackingBatch.Create(null, 0, 0, 1, 0, StoreData.Now);
        await Database.Repository<PackingBatch>().InsertAsync(batch);
        var rows = Database.Repository<PackingBatchOrder>();
        for (var i = 0; i < 2; i++)
        {
            var released = PackingBatchOrder.Claim(batch.Id, order.Id, i, StoreData.Now);
            await rows.InsertAsync(released);
            released.Remove();
            await rows.UpdateAsync(released);
        }

        await rows.InsertAsync(PackingBatchOrder.Claim(batch.Id, order.Id, 2, StoreData.Now));

        Assert.That(await rows.Table.CountAsync(row => row.OrderId == order.Id), Is.EqualTo(3));
    }
}
