using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;
using Nop.Plugin.Misc.MerchantOps.Packing.Services;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Packing;

/// <summary>
/// Packers on several application instances racing on one PostgreSQL database, as a store's web farm would:
/// the database alone decides who gets each order and who ships it.
/// </summary>
[TestFixture(DatabaseEngine.PostgreSql)]
[TestFixture(DatabaseEngine.MySql)]
public class PackingConcurrencyTests : PackingDatabaseTest
{
    private const int Packers = 4;
    private const int Rounds = 200;
    private const int OrdersPerRound = 6;

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

    [Test]
    public async Task Packers_selecting_overlapping_orders_at_once_claim_every_order_exactly_once()
    {
        var random = new Random(4);
        var lostRaces = 0;
        for (var round = 0; round < Rounds; round++)
        {
            var orders = await OrdersAsync(OrdersPerRound);
            var selections = _packers.Select(_ => orders.Where(_ => random.Next(2) == 0).Select(o => o.Id).Append(orders[round % OrdersPerRound].Id).Distinct().ToList()).ToList();

            var results = await Task.WhenAll(_packers.Select((packer, i) => Task.Run(() => packer.Batches.CreateFromSelectionAsync(selections[i]))));

            var claimed = results.SelectMany(r => r.ClaimedOrderIds).ToList();
            Assert.That(claimed, Is.Unique, $"round {round}");
            Assert.That(claimed, Is.EquivalentTo(selections.SelectMany(s => s).Distinct()), $"round {round}");
            Assert.That(results.SelectMany(r => r.RefusedOrders).Select(r => r.ResourceKey), Has.All.EqualTo(PackingResourceKeys.Claim.AlreadyInBatch));
            lostRaces += results.Sum(r => r.RefusedOrders.Count);
        }

        Assert.That(await ActiveClaimsPerOrderAsync(), Has.All.EqualTo(1));
        Assert.That(lostRaces, Is.Positive, "the packers never competed for an order");
    }

    [Test]
    public async Task Packers_asking_for_the_next_oldest_orders_at_once_share_them_without_overlap()
    {
        for (var round = 0; round < Rounds / 4; round++)
        {
            await OrdersAsync(OrdersPerRound);

            var results = await Task.WhenAll(_packers.Select(packer => Task.Run(() => packer.Batches.CreateFromOldestAsync(new PackingQueueFilter(), 2))));

            var claimed = results.SelectMany(r => r.ClaimedOrderIds).ToList();
            Assert.That(claimed, Is.Unique, $"round {round}");
            Assert.That(claimed, Has.Count.EqualTo(OrdersPerRound), $"round {round}: every ready order went to someone");
        }
    }

    [Test]
    public async Task Packers_shipping_the_same_order_at_once_create_exactly_one_shipment()
    {
        for (var round = 0; round < 25; round++)
        {
            var order = (await OrdersAsync(1))[0];
            var batch = await Store.PackingBatchAsync(order);
            var batchOrderId = batch.Orders.Single().BatchOrderId;
            await Store.PackAsync(batch, batchOrderId);

            var results = await Task.WhenAll(_packers.Select(packer => Task.Run(() => packer.Shipping.ShipAsync(batchOrderId, new ShipRequest()))));

            Assert.That(await Store.ShipmentsOfAsync(order), Has.Count.EqualTo(1), $"round {round}");
            Assert.That(results.Count(r => r.ResourceKey == PackingResourceKeys.Ship.Shipped), Is.EqualTo(1), $"round {round}");
            Assert.That(results.Where(r => !r.Succeeded).Select(r => r.ResourceKey),
                Has.All.AnyOf(PackingResourceKeys.Ship.InProgress, PackingResourceKeys.Batch.ChangedMeanwhile), $"round {round}");
        }
    }

    private async Task<IList<int>> ActiveClaimsPerOrderAsync() =>
        (await Database.Repository<PackingBatchOrder>().Table.Where(row => row.ActiveOrderId > 0).ToListAsync())
            .GroupBy(row => row.OrderId).Select(group => group.Count()).ToList();
}
