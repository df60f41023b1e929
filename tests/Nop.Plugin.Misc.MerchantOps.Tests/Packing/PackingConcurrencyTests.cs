using Keys = Nop.Plugin.Misc.MerchantOps.Packing.Domain.PackingResourceKeys;
using NUnit.Framework;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.MerchantOps.Packing.Data;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;
using Nop.Plugin.Misc.MerchantOps.Packing.Services;
using Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Packing;

/// <summary>
/// Packers on several application instances racing on one database, as a store's web farm would: each packer on
/// its own thread, all released together by a barrier (<see cref="Race"/>). The database alone decides who gets
/// each order and who ships it. Each test counts the paths only a lost race takes and fails if the race never
/// happened, so a run where the packers happened to go one after the other cannot pass.
/// </summary>
[TestFixture(DatabaseEngine.Sqlite)]
[TestFixture(DatabaseEngine.PostgreSql)]
[TestFixture(DatabaseEngine.MySql)]
public class PackingConcurrencyTests : PackingDatabaseTest
{
    private const int Packers = 4;
    private const int OrdersPerRound = 6;
    private const int SelectionSize = 3;

    public PackingConcurrencyTests(DatabaseEngine engine) : base(engine)
    {
    }

    private Product _mug;
    private List<PackingApp> _packers;

    [SetUp]
    public async Task CreatePackersAsync()
    {
        _mug = await Store.ProductAsync("MUG-01");
        _packers = [];
        for (var i = 0; i < Packers; i++)
            _packers.Add(Store.AnotherInstance().As(await Store.PackerAsync($"packer{i}@example.com")));
    }

    private async Task<List<Order>> OrdersAsync(int count)
    {
        var orders = new List<Order>();
        for (var i = 0; i < count; i++)
            orders.Add(await Store.OrderAsync((_mug, 1)));
        return orders;
    }

    /// <summary>
    /// Packer i selects orders i..i+2 of the round: every selection differs from the others, neighbours share two
    /// orders, and the first and last orders are wanted by one packer only.
    /// </summary>
    [Test]
    public async Task Packers_selecting_overlapping_orders_at_once_claim_every_order_exactly_once()
    {
        const string lost = "claim refused by the unique index (Claim.TakenMeanwhile)";
        var races = new RaceCounter(lost);
        var lateArrivals = 0;

        await Race.RoundsAsync(10, 100, races, async round =>
        {
            var orders = await OrdersAsync(OrdersPerRound);
            var selections = _packers.Select((_, i) => orders.Skip(i).Take(SelectionSize).Select(o => o.Id).ToList()).ToList();

            var results = await Race.RunAsync(_packers.Select((packer, i) => (Func<Task<CreateBatchResult>>)(() => packer.Batches.CreateFromSelectionAsync(selections[i]))).ToList());

            var claimed = results.SelectMany(r => r.ClaimedOrderIds).ToList();
            var outcome = string.Join("; ", results.Select((r, i) => $"packer {i} {r.ResourceKey} claimed [{string.Join(",", r.ClaimedOrderIds)}] refused [{string.Join(",", r.RefusedOrders.Select(o => $"{o.OrderId} {o.ResourceKey}"))}]"));
            Assert.That(claimed, Is.Unique, $"round {round}: an order claimed twice ({Engine}: {outcome})");
            Assert.That(claimed, Is.EquivalentTo(orders.Select(o => o.Id)), $"round {round}: every selected order went to someone ({Engine}: {outcome})");
            for (var i = 0; i < Packers; i++)
            {
                Assert.That(results[i].ClaimedOrderIds.Concat(results[i].RefusedOrders.Select(r => r.OrderId)), Is.EquivalentTo(selections[i]), $"round {round}, packer {i}");
                Assert.That(results[i].RefusedOrders.Select(r => r.ResourceKey), Has.All.AnyOf(Keys.Claim.TakenMeanwhile, Keys.Claim.AlreadyInBatch), $"round {round}, packer {i}");
            }

            var refused = results.SelectMany(r => r.RefusedOrders).ToList();
            races.Add(lost, refused.Count(r => r.ResourceKey == Keys.Claim.TakenMeanwhile));
            lateArrivals += refused.Count(r => r.ResourceKey == Keys.Claim.AlreadyInBatch);
        });

        TestContext.Out.WriteLine($"late arrivals (already held when looked at): {lateArrivals}");
        Assert.That(await ActiveClaimsPerOrderAsync(), Has.All.EqualTo(1));
    }

    [Test]
    public async Task Packers_asking_for_the_next_oldest_orders_at_once_share_them_without_overlap()
    {
        const string lost = "claim of a candidate refused by the unique index, next candidates tried";
        var races = new RaceCounter(lost);

        await Race.RoundsAsync(10, 100, races, async round =>
        {
            var orders = await OrdersAsync(OrdersPerRound);

            var results = await Race.RunAsync(_packers.Select(packer => (Func<Task<CreateBatchResult>>)(() => packer.Batches.CreateFromOldestAsync(new PackingQueueFilter(), 2))).ToList());

            var claimed = results.SelectMany(r => r.ClaimedOrderIds).ToList();
            Assert.That(claimed, Is.Unique, $"round {round}: an order claimed twice");
            Assert.That(claimed, Is.EquivalentTo(orders.Select(o => o.Id)), $"round {round}: every ready order went to someone");
            races.Add(lost, results.Sum(r => r.RefusedOrders.Count(refused => refused.ResourceKey == Keys.Claim.TakenMeanwhile)));
        });

        Assert.That(await ActiveClaimsPerOrderAsync(), Has.All.EqualTo(1));
    }

    /// <summary>
    /// Eight packers press "next 3 oldest" at the same instant while exactly 8 × 3 orders are ready. Where the
    /// database can skip what another claimer is locking (PostgreSQL, MariaDB 10.6+, MySQL 8, SQL Server), every
    /// packer gets 3 orders at the first try: no batch short or empty, no claim insert refused by the unique index (no
    /// retry storm), and the 24 orders shared without overlap. SQLite (one writer, no row locks) must stay correct:
    /// no order twice, every claimed order in one batch; its batches may be short. The race-only path: a candidate
    /// passed over because another packer was claiming it (Claim.TakenMeanwhile).
    /// </summary>
    [Test]
    public async Task Eight_packers_asking_for_the_next_oldest_at_once_each_get_a_full_disjoint_batch_without_retries()
    {
        const int claimers = 8, perBatch = 3;
        const string passedOver = "candidate passed over: another packer was claiming it (Claim.TakenMeanwhile)";
        var races = new RaceCounter(passedOver);
        using var refusals = new DatabaseRefusals(Database);
        var packers = _packers.ToList();
        for (var i = packers.Count; i < claimers; i++)
            packers.Add(Store.AnotherInstance().As(await Store.PackerAsync($"packer{i}@example.com")));
        var skipsLocked = Engine != DatabaseEngine.Sqlite;
        // A store that has packed before: on MySQL (and SQL Server) the claims' bulk inserts are made one after the
        // other by locking the claim table's first row (ClaimLocks.SerializeBulkInsertsAsync); the very first claims
        // of a store, on an empty table, have no row to lock and may meet on the primary key once (the one-by-one
        // fallback then decides).
        Assert.That((await App.Batches.CreateFromSelectionAsync([(await OrdersAsync(1))[0].Id])).Succeeded);
        var (short_, slowest, everCreated) = (0, TimeSpan.Zero, new HashSet<int>());

        await Race.RoundsAsync(10, 40, races, async round =>
        {
            var orders = await OrdersAsync(claimers * perBatch);
            everCreated.UnionWith(orders.Select(o => o.Id));
            var rejectedBefore = refusals.RejectedInserts(PackingTables.BatchOrder);

            var results = await Race.RunAsync(packers.Select(packer => (Func<Task<(CreateBatchResult Result, TimeSpan Took)>>)(async () =>
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var result = await packer.Batches.CreateFromOldestAsync(new PackingQueueFilter(), perBatch);
                return (result, clock.Elapsed);
            })).ToList());

            var claimed = results.SelectMany(r => r.Result.ClaimedOrderIds).ToList();
            var outcome = string.Join("; ", results.Select((r, i) => $"packer {i} claimed [{string.Join(",", r.Result.ClaimedOrderIds)}] refused [{string.Join(",", r.Result.RefusedOrders.Select(o => $"{o.OrderId} {o.ResourceKey}"))}]"));
            Assert.That(claimed, Is.Unique, $"round {round}: an order claimed twice ({Engine}: {outcome})");
            Assert.That(claimed, Is.SubsetOf(skipsLocked ? orders.Select(o => o.Id) : everCreated), $"round {round}: only ready orders");
            Assert.That(results.SelectMany(r => r.Result.RefusedOrders).Select(r => r.ResourceKey), Has.All.EqualTo(Keys.Claim.TakenMeanwhile), $"round {round}");
            foreach (var (result, _) in results)
                Assert.That(result.RefusedOrders.Select(r => r.OrderId), Has.None.AnyOf(result.ClaimedOrderIds.Cast<object>().ToArray()), $"round {round}: an order both claimed and refused");
            if (skipsLocked)
            {
                Assert.That(results.Select(r => r.Result.ClaimedOrderIds.Count), Has.All.EqualTo(perBatch), $"round {round}: a short or empty batch while {claimers * perBatch} orders were ready ({Engine}: {outcome})");
                Assert.That(refusals.RejectedInserts(PackingTables.BatchOrder) - rejectedBefore, Is.Zero, $"round {round}: claims refused by the unique index, i.e. retried ({Engine})");
            }
            else
            {
                // SQLite: what is not claimed this round is still ready and goes in a later round's batches.
                short_ += results.Count(r => r.Result.ClaimedOrderIds.Count < perBatch);
            }

            slowest = results.Select(r => r.Took).Append(slowest).Max();
            races.Add(passedOver, results.Sum(r => r.Result.RefusedOrders.Count));
        });

        TestContext.Out.WriteLine($"{Engine}: slowest claim {slowest.TotalMilliseconds:0} ms; short batches (SQLite only): {short_}; claims refused by the unique index: {refusals.RejectedInserts(PackingTables.BatchOrder)}");
        Assert.That(await ActiveClaimsPerOrderAsync(), Has.All.EqualTo(1));
    }

    /// <summary>
    /// Two race-only paths: a packer whose conditional save of the ship attempt changed no row (another packer saved
    /// the row since it was read), and a packer told the order is being shipped (it read the row while another
    /// packer's attempt held the lease; one after the other, the second packer would be told "already shipped").
    /// </summary>
    [Test]
    public async Task Packers_shipping_the_same_order_at_once_create_exactly_one_shipment()
    {
        const string lostSave = "conditional save of the batch order changed no row";
        const string leaseHeld = "another packer's attempt held the lease (Ship.InProgress)";
        var races = new RaceCounter(lostSave, leaseHeld);
        using var refusals = new DatabaseRefusals(Database);

        await Race.RoundsAsync(10, 100, races, async round =>
        {
            var order = (await OrdersAsync(1))[0];
            var batch = await Store.PackingBatchAsync(order);
            var batchOrderId = batch.Orders.Single().BatchOrderId;
            await Store.PackAsync(batch, batchOrderId);
            var emptyUpdatesBefore = refusals.EmptyUpdates(PackingTables.BatchOrder);

            var results = await Race.RunAsync(_packers.Select(packer => (Func<Task<ShipResult>>)(() => packer.Shipping.ShipAsync(batchOrderId, new ShipRequest()))).ToList());

            Assert.That(await Store.ShipmentsOfAsync(order), Has.Count.EqualTo(1), $"round {round}");
            Assert.That(results.Count(r => r.ResourceKey == Keys.Ship.Shipped), Is.EqualTo(1), $"round {round}");
            Assert.That(results.Where(r => r.ResourceKey != Keys.Ship.Shipped).Select(r => r.ResourceKey),
                Has.All.AnyOf(Keys.Ship.InProgress, Keys.Ship.AlreadyShipped, Keys.Batch.ChangedMeanwhile), $"round {round}");
            Assert.That((await Database.Repository<PackingBatchOrder>().GetByIdAsync(batchOrderId)).Status, Is.EqualTo(PackingOrderStatus.Shipped), $"round {round}");
            races.Add(lostSave, refusals.EmptyUpdates(PackingTables.BatchOrder) - emptyUpdatesBefore);
            races.Add(leaseHeld, results.Count(r => r.ResourceKey == Keys.Ship.InProgress));
        });
    }

    /// <summary>
    /// Tabs of one packer, each an application instance of its own, scan the last unit of an order at once. The
    /// race-only path: a tab read the unit as still to verify, then its conditional tick changed no row (another tab
    /// ticked it meanwhile); a tab reading after the tick is simply told "over quantity".
    /// </summary>
    [Test]
    public async Task Tabs_scanning_the_last_unit_at_once_verify_it_only_once()
    {
        const string lostTick = "conditional tick changed no row";
        var races = new RaceCounter(lostTick);
        using var refusals = new DatabaseRefusals(Database);
        var tabs = _packers.Select(_ => Store.AnotherInstance().As(App.Context.Customer)).ToList();

        await Race.RoundsAsync(10, 100, races, async round =>
        {
            var order = await Store.OrderAsync((_mug, 2));
            var batch = await Store.PackingBatchAsync(order);
            var batchOrderId = batch.Orders.Single().BatchOrderId;
            Assert.That((await App.Scans.ScanAsync(batch.Batch.Id, batchOrderId, "MUG-01")).Outcome, Is.EqualTo(ScanOutcome.Matched));
            var emptyBefore = refusals.EmptyUpdates(PackingTables.BatchItem);

            var results = await Race.RunAsync(tabs.Select(tab => (Func<Task<ScanResult>>)(() => tab.Scans.ScanAsync(batch.Batch.Id, batchOrderId, "MUG-01"))).ToList());

            Assert.That(results.Select(r => r.Outcome), Is.EquivalentTo(new[] { ScanOutcome.OrderPacked }.Concat(Enumerable.Repeat(ScanOutcome.OverQuantity, tabs.Count - 1))), $"round {round}");
            Assert.That((await App.Scans.GetPackOrderAsync(batch.Batch.Id, batchOrderId)).Lines.Single().VerifiedQuantity, Is.EqualTo(2), $"round {round}");
            races.Add(lostTick, refusals.EmptyUpdates(PackingTables.BatchItem) - emptyBefore);
        });
    }

    /// <summary>
    /// Packers start picking the same batch at once. The race-only path: a packer read the batch as open, then its
    /// conditional save changed no row (Batch.ChangedMeanwhile); a packer reading after the winner saved is told the
    /// batch cannot start picking.
    /// </summary>
    [Test]
    public async Task Packers_starting_the_same_batch_at_once_cannot_both_win()
    {
        const string lostSave = "conditional save of the batch changed no row (Batch.ChangedMeanwhile)";
        var races = new RaceCounter(lostSave);

        await Race.RoundsAsync(10, 100, races, async round =>
        {
            var order = await Store.OrderAsync((_mug, 1));
            var batchId = (await App.Batches.CreateFromSelectionAsync([order.Id])).BatchId;

            var results = await Race.RunAsync(_packers.Select(packer => (Func<Task<PackingResult>>)(() => packer.Workflow.StartPickingAsync(batchId))).ToList());

            var winner = _packers[Array.FindIndex(results, r => r.Succeeded)];
            Assert.That(results.Count(r => r.Succeeded), Is.EqualTo(1), $"round {round}");
            Assert.That(results.Where(r => !r.Succeeded).Select(r => r.ResourceKey), Has.All.AnyOf(Keys.Batch.ChangedMeanwhile, Keys.Batch.CannotStartPicking), $"round {round}");
            Assert.That((await App.Batches.GetBatchAsync(batchId)).Batch.AssigneeCustomerId, Is.EqualTo(winner.Context.Customer.Id), $"round {round}");
            races.Add(lostSave, results.Count(r => r.ResourceKey == Keys.Batch.ChangedMeanwhile));
        });
    }

    /// <summary>
    /// Shared orders (the store's mug, vendor 5's scarf, vendor 6's hat): two staff packers and one packer of each
    /// vendor press "next 2 oldest" at once. Vendors may hold one order side by side, staff only alone: no item is ever
    /// in two active batches, an order a staff batch holds is held by no other batch, and every order is claimed by
    /// someone. The race-only path: a candidate passed over or refused because another packer was taking it.
    /// </summary>
    [Test]
    public async Task Staff_and_vendors_asking_for_the_next_oldest_shared_orders_at_once_never_hold_an_item_twice()
    {
        const string lost = "candidate refused because another packer was taking it (Claim.TakenMeanwhile)";
        var races = new RaceCounter(lost);
        var scarf = await Store.ProductAsync("V5-SCARF", p => p.VendorId = 5);
        var hat = await Store.ProductAsync("V6-HAT", p => p.VendorId = 6);
        var packers = new List<PackingApp>
        {
            _packers[0], _packers[1],
            Store.AnotherInstance().As(await Store.PackerAsync("vendor5@example.com"), 5),
            Store.AnotherInstance().As(await Store.PackerAsync("vendor6@example.com"), 6)
        };

        await Race.RoundsAsync(10, 100, races, async round =>
        {
            var orders = new List<Order>();
            for (var i = 0; i < 4; i++)
                orders.Add(await Store.OrderAsync((_mug, 1), (scarf, 1), (hat, 1)));

            var results = await Race.RunAsync(packers.Select(packer => (Func<Task<CreateBatchResult>>)(() => packer.Batches.CreateFromOldestAsync(new PackingQueueFilter(), 2))).ToList());

            var staffClaimed = results.Take(2).SelectMany(r => r.ClaimedOrderIds).ToList();
            var vendorClaimed = results.Skip(2).SelectMany(r => r.ClaimedOrderIds).ToList();
            Assert.That(staffClaimed, Is.Unique, $"round {round}: an order in two staff batches");
            Assert.That(staffClaimed.Intersect(vendorClaimed), Is.Empty, $"round {round}: an order in a staff batch and a vendor's");
            Assert.That(results[2].ClaimedOrderIds.Concat(results[3].ClaimedOrderIds).GroupBy(id => id).Select(group => group.Count()), Has.All.LessThanOrEqualTo(2), $"round {round}");
            // Vendors also take their parts of earlier rounds' orders that only the other vendor holds.
            Assert.That(staffClaimed.Concat(vendorClaimed).Distinct(), Is.SupersetOf(orders.Select(o => o.Id)), $"round {round}: every new order went to someone");
            races.Add(lost, results.Sum(r => r.RefusedOrders.Count(refused => refused.ResourceKey == Keys.Claim.TakenMeanwhile)));
        });

        var held = Database.Repository<PackingBatchOrder>().Table.Where(row => row.ActiveOrderId > 0).Select(row => row.Id);
        var heldItems = await Database.Repository<PackingBatchItem>().Table.Where(item => held.Contains(item.BatchOrderId)).Select(item => item.OrderItemId).ToListAsync();
        Assert.That(heldItems, Is.Unique, "an order item in two active batches");
        var staffBatches = Database.Repository<PackingBatch>().Table.Where(batch => batch.VendorId == 0).Select(batch => batch.Id);
        var heldByStaff = await Database.Repository<PackingBatchOrder>().Table.Where(row => row.ActiveOrderId > 0 && staffBatches.Contains(row.BatchId)).Select(row => row.OrderId).ToListAsync();
        var holders = (await Database.Repository<PackingBatchOrder>().Table.Where(row => row.ActiveOrderId > 0).Select(row => row.OrderId).ToListAsync())
            .GroupBy(id => id).ToDictionary(group => group.Key, group => group.Count());
        Assert.That(heldByStaff.Select(id => holders[id]), Has.All.EqualTo(1), "an order a staff batch holds is held by no other batch");
    }

    private async Task<IList<int>> ActiveClaimsPerOrderAsync() =>
        (await Database.Repository<PackingBatchOrder>().Table.Where(row => row.ActiveOrderId > 0).ToListAsync())
            .GroupBy(row => row.OrderId).Select(group => group.Count()).ToList();
}
