using NUnit.Framework;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Core.Domain.Shipping;
using Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;
using Keys = Nop.Plugin.Misc.MerchantOps.Packing.Domain.PackingResourceKeys;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Packing;

/// <summary>
/// Every order left out of a new batch is named with why: each selected order is either claimed or refused with
/// a reason, and "next N oldest" names the candidates it passed over and still fills the batch with the next ones.
/// </summary>
[TestFixture(DatabaseEngine.Sqlite)]
[TestFixture(DatabaseEngine.PostgreSql)]
[TestFixture(DatabaseEngine.MySql)]
public class PackingClaimReasonTests : PackingDatabaseTest
{
    public PackingClaimReasonTests(DatabaseEngine engine) : base(engine)
    {
    }

    private Product _mug;

    [SetUp]
    public async Task CreateProductAsync() => _mug = await Store.ProductAsync("MUG-01");

    private Task<Order> OrderAsync(Action<Order> configure) => Store.OrderAsync(configure, new OrderLine(_mug, 1));

    private static void AssertEveryOrderAccountedFor(CreateBatchResult result, IEnumerable<int> selection) =>
        Assert.That(result.ClaimedOrderIds.Concat(result.RefusedOrders.Select(r => r.OrderId)), Is.EquivalentTo(selection), "each selected order claimed or refused, once");

    [Test]
    public async Task Each_selected_order_that_cannot_be_packed_is_refused_with_its_own_reason()
    {
        var ready = await OrderAsync(null);
        var expected = new Dictionary<int, string>
        {
            [999_999] = Keys.Claim.OrderNotFound,
            [(await OrderAsync(o => o.Deleted = true)).Id] = Keys.Claim.OrderNotFound,
            [(await OrderAsync(o => o.OrderStatus = OrderStatus.Cancelled)).Id] = Keys.Claim.OrderCancelled,
            [(await OrderAsync(o => (o.OrderStatus, o.ShippingStatus) = (OrderStatus.Complete, ShippingStatus.Delivered))).Id] = Keys.Claim.OrderComplete,
            [(await OrderAsync(o => o.PickupInStore = true)).Id] = Keys.Claim.PickupInStore,
            [(await OrderAsync(o => o.ShippingStatus = ShippingStatus.Shipped)).Id] = Keys.Claim.AlreadyShipped,
            [(await OrderAsync(o => o.ShippingStatus = ShippingStatus.ShippingNotRequired)).Id] = Keys.Claim.NothingShippable,
            [(await OrderAsync(o => o.PaymentStatus = PaymentStatus.Pending)).Id] = Keys.Claim.NotPaid,
            [(await OrderAsync(o => o.PaymentStatus = PaymentStatus.Refunded)).Id] = Keys.Claim.NotPaid
        };
        var held = await OrderAsync(null);
        await App.Batches.CreateFromSelectionAsync([held.Id]);
        expected[held.Id] = Keys.Claim.AlreadyInBatch;
        var selection = expected.Keys.Append(ready.Id).ToList();

        var result = await App.Batches.CreateFromSelectionAsync(selection);

        Assert.That(result.ClaimedOrderIds, Is.EqualTo(new[] { ready.Id }));
        Assert.That(result.RefusedOrders.ToDictionary(r => r.OrderId, r => r.ResourceKey), Is.EquivalentTo(expected));
        AssertEveryOrderAccountedFor(result, selection);
    }

    [Test]
    public async Task An_order_whose_products_all_ship_disabled_is_refused_as_nothing_shippable()
    {
        var download = await Store.ProductAsync("EBOOK-01", p => p.IsShipEnabled = false);
        var order = await Store.OrderAsync((download, 1));

        var result = await App.Batches.CreateFromSelectionAsync([order.Id]);

        Assert.That((result.Succeeded, result.ResourceKey), Is.EqualTo((false, Keys.Batch.NoOrderClaimed)));
        Assert.That(result.RefusedOrders, Is.EqualTo(new[] { new RefusedOrder(order.Id, Keys.Claim.NothingShippable) }));
    }

    [Test]
    public async Task Orders_added_twice_to_a_batch_are_refused_as_already_in_this_batch()
    {
        var (first, second, third) = (await OrderAsync(null), await OrderAsync(null), await OrderAsync(null));
        var batch = await App.Batches.CreateFromSelectionAsync([first.Id, second.Id]);
        var other = await App.Batches.CreateFromSelectionAsync([third.Id]);

        var result = await App.Batches.AddOrdersAsync(batch.BatchId, [first.Id, third.Id]);

        Assert.That(result.RefusedOrders.Select(r => (r.OrderId, r.ResourceKey)),
            Is.EquivalentTo(new[] { (first.Id, Keys.Claim.AlreadyInThisBatch), (third.Id, Keys.Claim.AlreadyInBatch) }));
        Assert.That(other.Succeeded);
    }

    [Test]
    public async Task A_vendor_is_told_which_orders_hold_nothing_of_theirs_to_ship()
    {
        var scarf = await Store.ProductAsync("V7-SCARF", p => p.VendorId = 7);
        var voucher = await Store.ProductAsync("V7-VOUCHER", p => (p.VendorId, p.IsShipEnabled) = (7, false));
        var notTheirs = await Store.OrderAsync((_mug, 1));
        var onlyVoucher = await Store.OrderAsync((_mug, 1), (voucher, 1));
        var theirs = await Store.OrderAsync((_mug, 1), (scarf, 1));
        App.As(await Store.PackerAsync("vendor7@example.com"), vendorId: 7);

        var result = await App.Batches.CreateFromSelectionAsync([notTheirs.Id, onlyVoucher.Id, theirs.Id]);

        Assert.That(result.ClaimedOrderIds, Is.EqualTo(new[] { theirs.Id }));
        Assert.That(result.RefusedOrders.Select(r => (r.OrderId, r.ResourceKey)),
            Is.EquivalentTo(new[] { (notTheirs.Id, Keys.Claim.NothingForVendor), (onlyVoucher.Id, Keys.Claim.NothingForVendor) }));
    }

    /// <summary>The oldest ready order has everything already in shipments: named, and the batch still gets 2 orders.</summary>
    [Test]
    public async Task Next_oldest_names_an_order_with_nothing_left_to_pack_and_fills_the_batch_with_the_next_ones()
    {
        var spent = await Store.OrderAsync((_mug, 2));
        var item = (await Store.ItemsOfAsync(spent)).Single();
        var shipment = new Shipment { OrderId = spent.Id, CreatedOnUtc = StoreData.Now };
        await Database.Repository<Shipment>().InsertAsync(shipment);
        await Database.Repository<ShipmentItem>().InsertAsync(new ShipmentItem { ShipmentId = shipment.Id, OrderItemId = item.Id, Quantity = 2 });
        var (second, third, fourth) = (await OrderAsync(null), await OrderAsync(null), await OrderAsync(null));

        var result = await App.Batches.CreateFromOldestAsync(new PackingQueueFilter(), 2);

        Assert.That(result.ClaimedOrderIds, Is.EqualTo(new[] { second.Id, third.Id }));
        Assert.That(result.RefusedOrders, Is.EqualTo(new[] { new RefusedOrder(spent.Id, Keys.Claim.NothingToPack) }));
        Assert.That(fourth.Id, Is.Not.AnyOf(result.ClaimedOrderIds.Cast<object>().ToArray()));
    }

    [Test]
    public async Task Every_claim_reason_has_an_english_and_a_french_text()
    {
        var keys = typeof(Keys.Claim).GetFields().Select(field => (string)field.GetValue(null)).ToList();
        foreach (var file in new[] { "MerchantOps.en-US.xml", "MerchantOps.fr-FR.xml" })
        {
            var text = await File.ReadAllTextAsync(Path.Combine(TestPaths.RepositoryRoot, "Localization", file));
            Assert.That(keys.Where(key => !text.Contains($"Name=\"{key}\"")), Is.Empty, file);
        }
    }
}
