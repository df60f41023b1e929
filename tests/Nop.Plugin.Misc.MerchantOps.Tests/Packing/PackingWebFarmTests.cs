using System.Diagnostics;
using Keys = Nop.Plugin.Misc.MerchantOps.Packing.Domain.PackingResourceKeys;
using NUnit.Framework;
using Nop.Core.Caching;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Core.Events;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;
using Nop.Plugin.Misc.MerchantOps.Packing.Services;
using Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Packing;

/// <summary>
/// The plugin on a web farm: application instances on one PostgreSQL database, each with nopCommerce's distributed
/// static cache over one Redis server (<see cref="RedisStaticCacheManager"/>, both of nopCommerce's Redis cache types).
/// What one instance changes, the others show: the ready count after a claim, a setting after it is saved. The same
/// checks with two in-memory caches (a farm without the distributed cache) show the stale values, so the tests with
/// Redis are real. Needs MERCHANTOPS_TEST_REDIS (ignored without it, failed on CI).
/// </summary>
[TestFixture(DatabaseEngine.PostgreSql)]
public class PackingWebFarmTests : PackingDatabaseTest
{
    /// <summary>How long another instance may show an old value: nopCommerce's publish interval and some slack.</summary>
    private static readonly TimeSpan _agreeWithin = TimeSpan.FromSeconds(3);

    private readonly List<IStaticCacheManager> _caches = [];
    private Product _mug;

    public PackingWebFarmTests(DatabaseEngine engine) : base(engine)
    {
    }

    [SetUp]
    public async Task CreateProductAsync() => _mug = await Store.ProductAsync("MUG-01");

    [TearDown]
    public void DisposeCaches()
    {
        foreach (var cache in _caches)
            cache.Dispose();
        _caches.Clear();
    }

    /// <summary>
    /// <paramref name="instances"/> application instances of one farm, each with its packers' apps: with a Redis-backed
    /// cache of <paramref name="type"/> each, or with an in-memory cache each when <paramref name="type"/> is null.
    /// </summary>
    private async Task<List<IStaticCacheManager>> InstanceCachesAsync(RedisCacheType? type, int instances = 2)
    {
        var farm = RedisTestServer.NewInstanceName();
        var caches = new List<IStaticCacheManager>();
        for (var i = 0; i < instances; i++)
            caches.Add(type is { } redis ? await RedisStaticCacheManager.ConnectAsync(farm, redis) : new InMemoryStaticCacheManager());
        _caches.AddRange(caches);
        return caches;
    }

    private async Task<PackingApp> PackerOnAsync(IStaticCacheManager instanceCache, string email) =>
        new PackingApp(Database, Store.Clock, anotherInstance: true, cacheManager: instanceCache).As(await Store.PackerAsync(email));

    /// <summary>Reads until the value is <paramref name="expected"/> or <see cref="_agreeWithin"/> passed; the last value read and when.</summary>
    private static async Task<(T Value, TimeSpan After)> ReadUntilAsync<T>(Func<Task<T>> read, T expected)
    {
        var watch = Stopwatch.StartNew();
        var value = await read();
        while (!EqualityComparer<T>.Default.Equals(value, expected) && watch.Elapsed < _agreeWithin)
        {
            await Task.Delay(20);
            value = await read();
        }

        return (value, watch.Elapsed);
    }

    [TestCase(RedisCacheType.RedisSynchronizedMemory)]
    [TestCase(RedisCacheType.Redis)]
    public async Task A_claim_on_one_instance_updates_the_ready_count_on_the_other(RedisCacheType type)
    {
        var caches = await InstanceCachesAsync(type);
        var one = await PackerOnAsync(caches[0], "one@example.com");
        var two = await PackerOnAsync(caches[1], "two@example.com");
        var order = await Store.OrderAsync((_mug, 1));
        await Store.OrderAsync((_mug, 1));
        Assert.That((await one.Queue.GetReadyCountAsync(), await two.Queue.GetReadyCountAsync()), Is.EqualTo((2, 2)));

        var claimed = await one.Batches.CreateFromSelectionAsync([order.Id]);
        Assert.That(claimed.ClaimedOrderIds, Is.EqualTo(new[] { order.Id }));

        Assert.That(await one.Queue.GetReadyCountAsync(), Is.EqualTo(1));
        var (onTwo, after) = await ReadUntilAsync(() => two.Queue.GetReadyCountAsync(), 1);
        TestContext.Out.WriteLine($"{type}: instance 2 showed the new count after {after.TotalMilliseconds:0} ms");
        Assert.That(onTwo, Is.EqualTo(1), "the ready count on the other instance");
    }

    [Test]
    public async Task Without_the_distributed_cache_the_other_instance_keeps_its_old_ready_count()
    {
        var caches = await InstanceCachesAsync(type: null);
        var one = await PackerOnAsync(caches[0], "one@example.com");
        var two = await PackerOnAsync(caches[1], "two@example.com");
        var order = await Store.OrderAsync((_mug, 1));
        await Store.OrderAsync((_mug, 1));
        Assert.That((await one.Queue.GetReadyCountAsync(), await two.Queue.GetReadyCountAsync()), Is.EqualTo((2, 2)));

        await one.Batches.CreateFromSelectionAsync([order.Id]);

        Assert.That(await one.Queue.GetReadyCountAsync(), Is.EqualTo(1));
        Assert.That((await ReadUntilAsync(() => two.Queue.GetReadyCountAsync(), 1)).Value, Is.EqualTo(2),
            "each instance's own cache: the other instance shows its count until it expires (a minute)");
    }

    /// <summary>
    /// An order paid in nopCommerce itself (its order page's "Mark as paid", a payment plugin's callback), on instance 1:
    /// OrderProcessingService sets the payment status, saves the order through IOrderService (its repository publishes
    /// EntityUpdatedEvent&lt;Order&gt;) and publishes OrderPaidEvent. Instance 1 counts it at once, instance 2 within the
    /// distributed cache's publish interval, not after the count's minute.
    /// </summary>
    [TestCase(RedisCacheType.RedisSynchronizedMemory)]
    [TestCase(RedisCacheType.Redis)]
    public async Task An_order_paid_in_nopCommerce_on_one_instance_is_counted_at_once_on_both(RedisCacheType type)
    {
        var caches = await InstanceCachesAsync(type);
        var one = await PackerOnAsync(caches[0], "one@example.com");
        var two = await PackerOnAsync(caches[1], "two@example.com");
        one.StoreApp.DeliverToConsumers<EntityUpdatedEvent<Order>>().DeliverToConsumers<OrderPaidEvent>();
        await Store.OrderAsync((_mug, 1));
        var unpaid = await Store.OrderAsync(order =>
        {
            order.PaymentStatus = PaymentStatus.Pending;
            order.PaidDateUtc = null;
        }, new OrderLine(_mug, 1));
        Assert.That((await one.Queue.GetReadyCountAsync(), await two.Queue.GetReadyCountAsync()), Is.EqualTo((1, 1)), "the unpaid order is not ready");

        await PayInNopCommerceAsync(one, unpaid);

        Assert.That(await one.Queue.GetReadyCountAsync(), Is.EqualTo(2), "the instance where it was paid");
        var (onTwo, after) = await ReadUntilAsync(() => two.Queue.GetReadyCountAsync(), 2);
        TestContext.Out.WriteLine($"{type}: instance 2 counted the paid order after {after.TotalMilliseconds:0} ms");
        Assert.That(onTwo, Is.EqualTo(2), "the ready count on the other instance");
    }

    /// <summary>What nopCommerce's OrderProcessingService does when an order is paid (our steps, through the app's fakes).</summary>
    private async Task PayInNopCommerceAsync(PackingApp app, Order order)
    {
        order.PaymentStatus = PaymentStatus.Paid;
        order.PaidDateUtc = Store.Clock.UtcNow;
        await app.OrderService.UpdateOrderAsync(order);
        await app.Events.PublishAsync(new OrderPaidEvent(order));
    }

    [TestCase(RedisCacheType.RedisSynchronizedMemory)]
    [TestCase(RedisCacheType.Redis)]
    public async Task A_setting_saved_on_one_instance_is_read_on_the_other(RedisCacheType type)
    {
        var caches = await InstanceCachesAsync(type);
        var one = await PackerOnAsync(caches[0], "one@example.com");
        var two = await PackerOnAsync(caches[1], "two@example.com");
        Assert.That((await BatchSizeAsync(one), await BatchSizeAsync(two)), Is.EqualTo((20, 20)), "both read (and cache) the settings");

        var settings = await one.Settings.LoadSettingAsync<MerchantOpsSettings>();
        settings.PackingDefaultBatchSize = 23;
        await one.Settings.SaveSettingAsync(settings, s => s.PackingDefaultBatchSize);

        Assert.That(await BatchSizeAsync(one), Is.EqualTo(23));
        var (onTwo, after) = await ReadUntilAsync(() => BatchSizeAsync(two), 23);
        TestContext.Out.WriteLine($"{type}: instance 2 read the new batch size after {after.TotalMilliseconds:0} ms");
        Assert.That(onTwo, Is.EqualTo(23), "the batch size on the other instance");
    }

    [Test]
    public async Task Without_the_distributed_cache_the_other_instance_keeps_its_old_settings()
    {
        var caches = await InstanceCachesAsync(type: null);
        var one = await PackerOnAsync(caches[0], "one@example.com");
        var two = await PackerOnAsync(caches[1], "two@example.com");
        Assert.That((await BatchSizeAsync(one), await BatchSizeAsync(two)), Is.EqualTo((20, 20)));

        var settings = await one.Settings.LoadSettingAsync<MerchantOpsSettings>();
        settings.PackingDefaultBatchSize = 23;
        await one.Settings.SaveSettingAsync(settings, s => s.PackingDefaultBatchSize);

        Assert.That(await BatchSizeAsync(one), Is.EqualTo(23));
        Assert.That((await ReadUntilAsync(() => BatchSizeAsync(two), 23)).Value, Is.EqualTo(20),
            "nopCommerce's settings cache of each instance: the other instance keeps the old value");
    }

    private static async Task<int> BatchSizeAsync(PackingApp app) =>
        (await app.Settings.LoadSettingAsync<MerchantOpsSettings>()).PackingDefaultBatchSize;

    /// <summary>
    /// 8 packers, 4 on each of two instances with the distributed cache (nopCommerce's default type), 200 rounds. Each
    /// round: 8 new orders; all packers ask for their next 2 oldest at once (16 wanted, 8 there); both instances then
    /// show 0 ready; one claimed order is packed by its packer and all 8 packers press Ship on it at once.
    /// </summary>
    [Test]
    public async Task Packers_on_two_instances_never_claim_an_order_twice_nor_ship_it_twice()
    {
        const int rounds = 200, packersPerInstance = 4, ordersPerRound = 8;
        const string claimLost = "a candidate taken meanwhile (Claim.TakenMeanwhile)";
        const string shipLost = "a ship attempt lost while another ran (Ship.InProgress or Batch.ChangedMeanwhile)";
        var caches = await InstanceCachesAsync(RedisCacheType.RedisSynchronizedMemory);
        var packers = new List<PackingApp>();
        for (var i = 0; i < packersPerInstance * caches.Count; i++)
            packers.Add(await PackerOnAsync(caches[i % caches.Count], $"packer{i}@example.com"));
        var races = new RaceCounter(claimLost, shipLost);
        var claimTimes = new List<double>();
        var countAgreed = TimeSpan.Zero;
        var shipped = new List<int>();
        var watch = Stopwatch.StartNew();

        await Race.RoundsAsync(rounds, rounds, races, async round =>
        {
            var orders = new List<Order>();
            for (var i = 0; i < ordersPerRound; i++)
                orders.Add(await Store.OrderAsync((_mug, 1)));
            // The scenario writes the orders without handing the events to the instances' consumers (in a store
            // ReadyCountConsumer would drop the count, see An_order_paid_in_nopCommerce...), so the test drops the
            // cached count (0 since the last round's claims) itself, and both instances count the 8 again.
            await caches[0].RemoveByPrefixAsync(MerchantOpsDefaults.Packing.ReadyCountPrefix);
            foreach (var packer in packers.Take(caches.Count))
                Assert.That((await ReadUntilAsync(() => packer.Queue.GetReadyCountAsync(), ordersPerRound)).Value, Is.EqualTo(ordersPerRound), $"round {round}: count before");

            var claimWatch = Stopwatch.StartNew();
            var claims = await Race.RunAsync(packers.Select(packer => (Func<Task<CreateBatchResult>>)(() => packer.Batches.CreateFromOldestAsync(new PackingQueueFilter(), 2))).ToList());
            claimTimes.Add(claimWatch.Elapsed.TotalMilliseconds);

            var claimed = claims.SelectMany(c => c.ClaimedOrderIds).ToList();
            Assert.That(claimed, Is.Unique, $"round {round}: an order claimed twice");
            Assert.That(claimed, Is.EquivalentTo(orders.Select(o => o.Id)), $"round {round}: every ready order went to someone");
            races.Add(claimLost, claims.Sum(c => c.RefusedOrders.Count(r => r.ResourceKey == Keys.Claim.TakenMeanwhile)));

            foreach (var packer in packers.Take(caches.Count))
            {
                var (count, after) = await ReadUntilAsync(() => packer.Queue.GetReadyCountAsync(), 0);
                Assert.That(count, Is.EqualTo(0), $"round {round}: the ready count on every instance after the claims");
                countAgreed = after > countAgreed ? after : countAgreed;
            }

            var owner = Array.FindIndex(claims, c => c.ClaimedOrderIds.Count > 0);
            var batchOrderId = await PackFirstOrderAsync(packers[owner], claims[owner].BatchId);
            var ships = await Race.RunAsync(packers.Select(packer => (Func<Task<ShipResult>>)(() => packer.Shipping.ShipAsync(batchOrderId, new ShipRequest()))).ToList());

            Assert.That(ships.Count(s => s.ResourceKey == Keys.Ship.Shipped), Is.EqualTo(1), $"round {round}: shipped once");
            Assert.That(ships.Where(s => s.ResourceKey != Keys.Ship.Shipped).Select(s => s.ResourceKey),
                Has.All.AnyOf(Keys.Ship.InProgress, Keys.Ship.AlreadyShipped, Keys.Batch.ChangedMeanwhile), $"round {round}");
            races.Add(shipLost, ships.Count(s => s.ResourceKey is Keys.Ship.InProgress or Keys.Batch.ChangedMeanwhile));
            shipped.Add(batchOrderId);
        });

        var shipments = await Database.Repository<Nop.Core.Domain.Shipping.Shipment>().Table.ToListAsync();
        Assert.That(shipments, Has.Count.EqualTo(rounds), "one shipment per round");
        Assert.That(shipments.Select(s => s.OrderId), Is.Unique, "no order shipped twice");
        var activeClaims = (await Database.Repository<Nop.Plugin.Misc.MerchantOps.Packing.Domain.PackingBatchOrder>().Table
            .Where(row => row.ActiveOrderId > 0).ToListAsync()).GroupBy(row => row.OrderId).Select(group => group.Count());
        Assert.That(activeClaims, Has.All.EqualTo(1), "no order held by two batches");
        claimTimes.Sort();
        TestContext.Out.WriteLine($"{rounds} rounds, {packers.Count} packers on {caches.Count} instances, {rounds * ordersPerRound} orders claimed, " +
            $"{shipped.Count} shipped once each, in {watch.Elapsed.TotalSeconds:0.0} s; 8 claims at once took median {claimTimes[claimTimes.Count / 2]:0} ms, " +
            $"max {claimTimes[^1]:0} ms; the ready count agreed on both instances within {countAgreed.TotalMilliseconds:0} ms");
    }

    /// <summary>The packer starts packing their batch and scans every unit of its first order; that order's batch order id.</summary>
    private static async Task<int> PackFirstOrderAsync(PackingApp packer, int batchId)
    {
        var started = await packer.Workflow.StartPackingAsync(batchId);
        Assert.That(started.Succeeded, Is.True, started.ResourceKey);
        var batchOrderId = (await packer.Batches.GetBatchAsync(batchId)).Orders.First().BatchOrderId;
        var order = await packer.Scans.GetPackOrderAsync(batchId, batchOrderId);
        foreach (var line in order.Lines)
            for (var unit = line.VerifiedQuantity; unit < line.Quantity; unit++)
            {
                var scan = await packer.Scans.ScanAsync(batchId, batchOrderId, line.Sku);
                Assert.That(scan.Accepted, Is.True, scan.ResourceKey);
            }

        return batchOrderId;
    }
}
