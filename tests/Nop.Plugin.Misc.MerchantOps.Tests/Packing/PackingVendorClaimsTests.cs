using System.Data.Common;
using System.Reflection;
using Nop.Data.Migrations;
using Nop.Plugin.Misc.MerchantOps.Packing.Data;
using Keys = Nop.Plugin.Misc.MerchantOps.Packing.Domain.PackingResourceKeys;
using NUnit.Framework;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Shipping;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;
using Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Packing;

/// <summary>
/// Per-vendor claims on orders shared by vendors A (id 5), B (id 6) and the store's own products: each vendor's batch
/// holds only their items, so both pack one order at once; a staff batch holds the whole order and conflicts with
/// any vendor's. Packers are on different app instances, released together (<see cref="Race"/>); the database decides.
/// </summary>
[TestFixture(DatabaseEngine.Sqlite)]
[TestFixture(DatabaseEngine.PostgreSql)]
[TestFixture(DatabaseEngine.MySql)]
public class PackingVendorClaimsTests : PackingDatabaseTest
{
    private const int VendorA = 5;
    private const int VendorB = 6;

    public PackingVendorClaimsTests(DatabaseEngine engine) : base(engine)
    {
    }

    private Product _mug;
    private Product _scarfA;
    private Product _hatB;
    private PackingApp _vendorA;
    private PackingApp _vendorB;
    private PackingApp _staff;

    [SetUp]
    public async Task CreateVendorsAsync()
    {
        _mug = await Store.ProductAsync("MUG-01");
        _scarfA = await Store.ProductAsync("A-SCARF", p => p.VendorId = VendorA);
        _hatB = await Store.ProductAsync("B-HAT", p => p.VendorId = VendorB);
        _vendorA = Store.AnotherInstance().As(await Store.PackerAsync("a@example.com"), VendorA);
        _vendorB = Store.AnotherInstance().As(await Store.PackerAsync("b@example.com"), VendorB);
        _staff = Store.AnotherInstance().As(await Store.PackerAsync("staff@example.com"));
    }

    private Task<Order> SharedOrderAsync() => Store.OrderAsync((_mug, 1), (_scarfA, 2), (_hatB, 3));

    [Test]
    public async Task Two_vendors_claiming_one_shared_order_at_once_both_get_their_own_items_and_none_twice()
    {
        for (var round = 0; round < 10; round++)
        {
            var order = await SharedOrderAsync();

            var results = await Race.RunAsync(new Func<Task<CreateBatchResult>>[]
            {
                () => _vendorA.Batches.CreateFromSelectionAsync([order.Id]),
                () => _vendorB.Batches.CreateFromSelectionAsync([order.Id])
            });

            var outcome = string.Join("; ", results.Select(r => $"{r.ResourceKey} [{string.Join(",", r.RefusedOrders.Select(o => o.ResourceKey))}]"));
            Assert.That(results.Select(r => r.ClaimedOrderIds.SingleOrDefault()), Is.EqualTo(new[] { order.Id, order.Id }), $"round {round} ({Engine}: {outcome})");
            var items = await Store.ItemsOfAsync(order);
            Assert.That(await ActiveItemsOfBatchAsync(results[0].BatchId), Is.EquivalentTo(items.Where(i => i.ProductId == _scarfA.Id).Select(i => i.Id)), $"round {round}");
            Assert.That(await ActiveItemsOfBatchAsync(results[1].BatchId), Is.EquivalentTo(items.Where(i => i.ProductId == _hatB.Id).Select(i => i.Id)), $"round {round}");
        }

        Assert.That(await ActiveBatchesPerItemAsync(), Has.All.EqualTo(1));
    }

    [Test]
    public async Task Staff_and_a_vendor_claiming_one_shared_order_at_once_exactly_one_wins()
    {
        const string lost = "claim refused because the other claimer was taking it (Claim.TakenMeanwhile)";
        var races = new RaceCounter(lost);
        var staffWins = 0;

        await Race.RoundsAsync(10, 100, races, async round =>
        {
            var order = await SharedOrderAsync();

            var results = await Race.RunAsync(new Func<Task<CreateBatchResult>>[]
            {
                () => _staff.Batches.CreateFromSelectionAsync([order.Id]),
                () => _vendorA.Batches.CreateFromSelectionAsync([order.Id])
            });

            var outcome = string.Join("; ", results.Select(r => $"{r.ResourceKey} [{string.Join(",", r.ClaimedOrderIds)}] refused [{string.Join(",", r.RefusedOrders.Select(o => o.ResourceKey))}]"));
            Assert.That(results.Count(r => r.ClaimedOrderIds.Contains(order.Id)), Is.EqualTo(1), $"round {round} ({Engine}: {outcome})");
            Assert.That(results.SelectMany(r => r.RefusedOrders).Select(r => r.ResourceKey), Has.All.AnyOf(Keys.Claim.TakenMeanwhile, Keys.Claim.AlreadyInBatch), $"round {round}");
            staffWins += results[0].ClaimedOrderIds.Count;
            races.Add(lost, results.Sum(r => r.RefusedOrders.Count(refused => refused.ResourceKey == Keys.Claim.TakenMeanwhile)));

            // Vendor B is not blocked by A's claim, only by the staff's.
            var third = await _vendorB.Batches.CreateFromSelectionAsync([order.Id]);
            Assert.That(third.ClaimedOrderIds, results[0].ClaimedOrderIds.Count > 0 ? Is.Empty : Is.EqualTo(new[] { order.Id }), $"round {round}");
        });

        TestContext.Out.WriteLine($"staff won {staffWins} time(s)");
        Assert.That(await ActiveBatchesPerItemAsync(), Has.All.EqualTo(1));
    }

    [Test]
    public async Task The_queue_of_each_packer_leaves_out_only_the_orders_claimed_against_them()
    {
        var order = await SharedOrderAsync();

        var claimedByA = await _vendorA.Batches.CreateFromSelectionAsync([order.Id]);
        var byStaff = await _staff.Batches.CreateFromSelectionAsync([order.Id]);
        var byB = await _vendorB.Batches.CreateFromOldestAsync(new PackingQueueFilter(), 5);
        var byAAgain = await _vendorA.Batches.CreateFromSelectionAsync([order.Id]);

        Assert.That(claimedByA.ClaimedOrderIds, Is.EqualTo(new[] { order.Id }));
        Assert.That(byStaff.RefusedOrders, Is.EqualTo(new[] { new RefusedOrder(order.Id, Keys.Claim.AlreadyInBatch) }));
        Assert.That(byB.ClaimedOrderIds, Is.EqualTo(new[] { order.Id }), "vendor B's next oldest includes the order A holds");
        Assert.That(byAAgain.RefusedOrders, Is.EqualTo(new[] { new RefusedOrder(order.Id, Keys.Claim.AlreadyInBatch) }));
    }

    [Test]
    public async Task Both_vendors_ship_their_parts_two_shipments_each_item_once_then_the_order_is_shipped()
    {
        var order = Store.OrderAsync((_scarfA, 2), (_hatB, 3));
        var shared = await order;

        var shipA = await PackAndShipAsync(_vendorA, shared);
        Assert.That((await Store.ReloadAsync(shared)).ShippingStatus, Is.EqualTo(ShippingStatus.PartiallyShipped));
        var shipB = await PackAndShipAsync(_vendorB, shared);

        var items = await Store.ItemsOfAsync(shared);
        var shipments = await Store.ShipmentsOfAsync(shared);
        var shipped = await Database.Repository<ShipmentItem>().Table.Where(s => shipments.Select(x => x.Id).Contains(s.ShipmentId)).ToListAsync();
        Assert.That(shipments.Select(s => s.Id), Is.EquivalentTo(new[] { shipA, shipB }));
        Assert.That(shipped.Select(s => (s.OrderItemId, s.Quantity)), Is.EquivalentTo(items.Select(i => (i.Id, i.Quantity))), "each item once, whole");
        Assert.That(shipped.Where(s => s.ShipmentId == shipA).Select(s => s.OrderItemId), Is.EqualTo(items.Where(i => i.ProductId == _scarfA.Id).Select(i => i.Id)));
        Assert.That((await Store.ReloadAsync(shared)).ShippingStatus, Is.EqualTo(ShippingStatus.Shipped));
        Assert.That(await ActiveBatchesPerItemAsync(), Is.Empty, "shipping releases the items");

        var again = await _staff.Batches.CreateFromSelectionAsync([shared.Id]);
        Assert.That(again.ClaimedOrderIds, Is.Empty);
    }

    [Test]
    public async Task A_skipped_vendor_part_is_released_and_can_be_claimed_again_by_the_staff()
    {
        var shared = await SharedOrderAsync();
        var byA = await _vendorA.Batches.CreateFromSelectionAsync([shared.Id]);
        var rowId = (await _vendorA.Batches.GetBatchAsync(byA.BatchId)).Orders.Single().BatchOrderId;

        var skipped = await _vendorA.Workflow.SkipOrderAsync(rowId, PackingSkipReason.OutOfStock, null);
        var byStaff = await _staff.Batches.CreateFromSelectionAsync([shared.Id]);

        Assert.That(skipped.Succeeded, Is.True, skipped.ResourceKey);
        Assert.That(byStaff.ClaimedOrderIds, Is.EqualTo(new[] { shared.Id }));
        Assert.That(await ActiveItemsOfBatchAsync(byStaff.BatchId), Has.Count.EqualTo(3));
    }

    [Test]
    public async Task The_database_refuses_an_order_item_in_two_active_batches()
    {
        var shared = await SharedOrderAsync();
        var byA = await _vendorA.Batches.CreateFromSelectionAsync([shared.Id]);
        var held = await Database.Repository<PackingBatchItem>().Table.SingleAsync(i => i.BatchId == byA.BatchId);
        var copy = new PackingBatchItem
        {
            BatchId = held.BatchId, BatchOrderId = held.BatchOrderId, OrderItemId = held.OrderItemId, ProductId = held.ProductId,
            ActiveOrderItemId = held.OrderItemId, Quantity = 1
        };

        Assert.ThrowsAsync(Is.InstanceOf<DbException>(), () => Database.Repository<PackingBatchItem>().InsertAsync(copy));
    }

    /// <summary>
    /// A store that had the plugin before per-vendor claims: its batch order table has the unique whole-order index
    /// and its items no ActiveOrderItemId. The update keeps its active claims (their items held, released ones free)
    /// and from then on a vendor packs beside another vendor.
    /// </summary>
    [Test]
    public async Task The_update_keeps_a_stores_active_claims_and_lets_vendors_share_orders_after()
    {
        if (Engine == DatabaseEngine.Sqlite)
            Assert.Ignore("SQLite cannot drop a column with a UNIQUE constraint, so the previous schema cannot be rebuilt in place; run on PostgreSQL and MariaDB");
        var held = await SharedOrderAsync();
        var released = await SharedOrderAsync();
        var vendorsOrder = await SharedOrderAsync();
        var heldBatch = await _staff.Batches.CreateFromSelectionAsync([held.Id, released.Id]);
        var releasedRow = (await _staff.Batches.GetBatchAsync(heldBatch.BatchId)).Orders.Single(o => o.OrderId == released.Id).BatchOrderId;
        Assert.That((await _staff.Workflow.RemoveOrderAsync(releasedRow)).Succeeded, Is.True);
        var byA = await _vendorA.Batches.CreateFromSelectionAsync([vendorsOrder.Id]);
        Assert.That(byA.ClaimedOrderIds, Has.Count.EqualTo(1));
        await RevertToThePreviousSchemaAsync();

        await Database.UpdatePluginSchemaAsync();

        var items = await Database.Repository<PackingBatchItem>().Table.ToListAsync();
        var releasedItems = items.Where(i => i.BatchOrderId == releasedRow).ToList();
        Assert.That(releasedItems.Select(i => i.ActiveOrderItemId), Is.EqualTo(releasedItems.Select(i => -i.Id)), "released claims free their items");
        Assert.That(items.Except(releasedItems).Select(i => i.ActiveOrderItemId), Is.EqualTo(items.Except(releasedItems).Select(i => i.OrderItemId)), "active claims keep theirs");
        Assert.That(await Database.GetIndexNamesAsync(PackingTables.BatchItem), Does.Contain(PackingTables.ActiveOrderItemIndex));
        Assert.That(await Database.GetIndexNamesAsync(PackingTables.BatchOrder), Does.Contain(PackingTables.ActiveOrderIndex).And.Not.Contain(PackingTables.WholeOrderClaimIndex));
        Assert.That((await _vendorB.Batches.CreateFromSelectionAsync([held.Id])).RefusedOrders.Single().ResourceKey, Is.EqualTo(Keys.Claim.AlreadyInBatch), "the staff's claim still holds the whole order");
        Assert.That((await _vendorB.Batches.CreateFromSelectionAsync([vendorsOrder.Id])).ClaimedOrderIds, Is.EqualTo(new[] { vendorsOrder.Id }), "B packs beside A");
        Assert.That((await _vendorA.Batches.CreateFromSelectionAsync([released.Id])).ClaimedOrderIds, Is.EqualTo(new[] { released.Id }));
    }

    /// <summary>The shape before <see cref="PackingVendorClaimsMigration"/>, and that migration not recorded as applied.</summary>
    private async Task RevertToThePreviousSchemaAsync()
    {
        string Q(string name) => Database.Quote(name);
        var onTable = Engine == DatabaseEngine.MySql ? $" ON {Q(PackingTables.BatchItem)}" : string.Empty;
        await Database.DataProvider.ExecuteNonQueryAsync($"DROP INDEX {Q(PackingTables.ActiveOrderItemIndex)}{onTable}");
        await Database.DataProvider.ExecuteNonQueryAsync($"ALTER TABLE {Q(PackingTables.BatchItem)} DROP COLUMN {Q(nameof(PackingBatchItem.ActiveOrderItemId))}");
        onTable = Engine == DatabaseEngine.MySql ? $" ON {Q(PackingTables.BatchOrder)}" : string.Empty;
        await Database.DataProvider.ExecuteNonQueryAsync($"DROP INDEX {Q(PackingTables.ActiveOrderIndex)}{onTable}");
        await Database.DataProvider.ExecuteNonQueryAsync(
            $"CREATE UNIQUE INDEX {Q(PackingTables.WholeOrderClaimIndex)} ON {Q(PackingTables.BatchOrder)} ({Q(nameof(PackingBatchOrder.ActiveOrderId))})");
        var version = typeof(PackingVendorClaimsMigration).GetCustomAttribute<NopMigrationAttribute>().Version;
        await Database.DataProvider.ExecuteNonQueryAsync($"DELETE FROM {Q("MigrationVersionInfo")} WHERE {Q("Version")} = {version}");
        Assert.That(await Database.GetIndexNamesAsync(PackingTables.BatchOrder), Does.Contain(PackingTables.WholeOrderClaimIndex));
    }

    private async Task<int> PackAndShipAsync(PackingApp app, Order order)
    {
        var created = await app.Batches.CreateFromSelectionAsync([order.Id]);
        Assert.That(created.ClaimedOrderIds, Is.EqualTo(new[] { order.Id }), created.ResourceKey);
        var started = await app.Workflow.StartPackingAsync(created.BatchId);
        Assert.That(started.Succeeded, Is.True, started.ResourceKey);
        var rowId = (await app.Batches.GetBatchAsync(created.BatchId)).Orders.Single().BatchOrderId;
        var packOrder = await app.Scans.GetPackOrderAsync(created.BatchId, rowId);
        foreach (var line in packOrder.Lines)
            for (var unit = line.VerifiedQuantity; unit < line.Quantity; unit++)
                Assert.That((await app.Scans.ScanAsync(created.BatchId, rowId, line.Sku)).Accepted, Is.True);

        var shipped = await app.Shipping.ShipAsync(rowId, new ShipRequest());
        Assert.That(shipped.Succeeded, Is.True, shipped.ResourceKey);
        return shipped.ShipmentId;
    }

    private async Task<List<int>> ActiveItemsOfBatchAsync(int batchId) =>
        await Database.Repository<PackingBatchItem>().Table.Where(i => i.BatchId == batchId && i.ActiveOrderItemId > 0).Select(i => i.OrderItemId).ToListAsync();

    /// <summary>For each order item held by some batch, how many active batches hold it.</summary>
    private async Task<IList<int>> ActiveBatchesPerItemAsync()
    {
        var items = Database.Repository<PackingBatchItem>().Table;
        var held = Database.Repository<PackingBatchOrder>().Table.Where(row => row.ActiveOrderId > 0).Select(row => row.Id);
        return (await items.Where(i => held.Contains(i.BatchOrderId)).Select(i => i.OrderItemId).ToListAsync())
            .GroupBy(id => id).Select(group => group.Count()).ToList();
    }
}
