using NUnit.Framework;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;
using Nop.Plugin.Misc.MerchantOps.Packing.Services;
using Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Keys = Nop.Plugin.Misc.MerchantOps.Packing.Domain.PackingResourceKeys;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Packing;

[TestFixture(DatabaseEngine.Sqlite)]
[TestFixture(DatabaseEngine.PostgreSql)]
[TestFixture(DatabaseEngine.MySql)]
public class PackingScanServiceTests : PackingDatabaseTest
{
    public PackingScanServiceTests(DatabaseEngine engine) : base(engine)
    {
    }

    private Product _mug;
    private Product _tote;
    private Order _order;
    private Order _otherOrder;
    private PackingBatchDetails _batch;

    private int BatchId => _batch.Batch.Id;
    private int BatchOrderId => _batch.Orders.Single(o => o.OrderId == _order.Id).BatchOrderId;

    [SetUp]
    public async Task CreatePackingBatchAsync()
    {
        _mug = await Store.ProductAsync("MUG-01", p => (p.Gtin, p.ManufacturerPartNumber) = ("4006381333931", "MPN-MUG"));
        _tote = await Store.ProductAsync("TOTE-02");
        await Store.ProductAsync("LAMP-03");
        _order = await Store.OrderAsync((_mug, 2));
        _otherOrder = await Store.OrderAsync((_tote, 1));
        _batch = await Store.PackingBatchAsync(_order, _otherOrder);
    }

    private Task<ScanResult> ScanAsync(string code) => App.Scans.ScanAsync(BatchId, BatchOrderId, code);

    private async Task<IList<PackingAuditEntry>> MismatchesAsync() =>
        await App.Reports.GetAuditAsync(BatchId, types: [PackingEventType.WrongItem, PackingEventType.ItemOfAnotherOrder, PackingEventType.UnknownCode, PackingEventType.OverQuantity]);

    [Test]
    public async Task The_pack_screen_opens_the_first_order_with_its_items_to_verify()
    {
        var order = await App.Scans.GetPackOrderAsync(BatchId);

        Assert.That((order.OrderId, order.OrderNumber, order.Lines.Single().Sku, order.Lines.Single().Quantity, order.Lines.Single().VerifiedQuantity),
            Is.EqualTo((_order.Id, _order.Id.ToString(), "MUG-01", 2, 0)));
    }

    [Test]
    public async Task Scanning_the_SKU_verifies_one_unit()
    {
        var result = await ScanAsync("MUG-01");

        Assert.That((result.Outcome, result.ResourceKey, result.VerifiedQuantity, result.Quantity), Is.EqualTo((ScanOutcome.Matched, Keys.Scan.Matched, 1, 2)));
    }

    [TestCase("4006381333931")]
    [TestCase("04006381333931")]
    [TestCase("mpn-mug")]
    [TestCase(" MUG-01\r\n")]
    public async Task The_GTIN_or_part_number_or_a_sloppy_SKU_verify_the_item_too(string code)
    {
        Assert.That((await ScanAsync(code)).Outcome, Is.EqualTo(ScanOutcome.Matched));
    }

    [Test]
    public async Task Verifying_the_last_unit_packs_the_order_and_records_the_packer()
    {
        await ScanAsync("MUG-01");
        var last = await ScanAsync("MUG-01");

        var row = (await App.Batches.GetBatchAsync(BatchId)).Orders.Single(o => o.OrderId == _order.Id);
        Assert.That((last.Outcome, row.Status, row.VerifiedCount), Is.EqualTo((ScanOutcome.OrderPacked, PackingOrderStatus.Packed, 2)));
        Assert.That((await App.Reports.GetAuditAsync(BatchId, types: [PackingEventType.OrderPacked])).Single().CustomerId, Is.EqualTo(App.Context.Customer.Id));
    }

    [Test]
    public async Task A_unit_too_many_is_refused_and_recorded()
    {
        await ScanAsync("MUG-01");
        await ScanAsync("MUG-01");

        var result = await ScanAsync("MUG-01");

        Assert.That(result.Outcome, Is.EqualTo(ScanOutcome.OverQuantity));
        Assert.That((await MismatchesAsync()).Select(e => (e.Type, e.Code, e.CustomerId)), Is.EqualTo(new[] { (PackingEventType.OverQuantity, "MUG-01", App.Context.Customer.Id) }));
    }

    [Test]
    public async Task A_catalog_item_that_is_not_in_the_order_is_a_wrong_item()
    {
        var result = await ScanAsync("LAMP-03");

        Assert.That((result.Outcome, result.ResourceKey, result.Accepted), Is.EqualTo((ScanOutcome.WrongItem, Keys.Scan.WrongItem, false)));
        Assert.That((await MismatchesAsync()).Single().Type, Is.EqualTo(PackingEventType.WrongItem));
    }

    [Test]
    public async Task An_item_of_another_order_of_the_batch_is_refused_as_such()
    {
        var result = await ScanAsync("TOTE-02");

        Assert.That(result.Outcome, Is.EqualTo(ScanOutcome.ItemOfAnotherOrder));
        Assert.That((await MismatchesAsync()).Single().OrderId, Is.EqualTo(_order.Id));
    }

    [Test]
    public async Task An_unknown_code_is_refused_and_recorded()
    {
        var result = await ScanAsync("NOPE-999");

        Assert.That((result.Outcome, (await MismatchesAsync()).Single().Code), Is.EqualTo((ScanOutcome.UnknownCode, "NOPE-999")));
    }

    [Test]
    public async Task Ten_thousand_characters_of_garbage_are_an_unknown_code_recorded_cut_short()
    {
        var result = await ScanAsync(new string('\u00e9', 10000));

        Assert.That(result.Outcome, Is.EqualTo(ScanOutcome.UnknownCode));
        Assert.That((await MismatchesAsync()).Single().Code, Has.Length.EqualTo(PackingLimits.MaxLoggedCodeLength));
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase(null)]
    public async Task An_empty_scan_is_refused_and_not_recorded(string code)
    {
        Assert.That((await ScanAsync(code)).Outcome, Is.EqualTo(ScanOutcome.EmptyCode));
        Assert.That(await MismatchesAsync(), Is.Empty);
    }

    [Test]
    public async Task Scanning_an_order_number_of_the_batch_opens_that_order()
    {
        var other = _batch.Orders.Single(o => o.OrderId == _otherOrder.Id);

        var result = await ScanAsync(_otherOrder.CustomOrderNumber);

        Assert.That((result.Outcome, result.OpenBatchOrderId), Is.EqualTo((ScanOutcome.OpenOrder, other.BatchOrderId)));
    }

    [Test]
    public async Task Scanning_the_number_of_an_order_outside_the_batch_is_refused()
    {
        var outside = await Store.OrderAsync((_mug, 1));

        Assert.That((await ScanAsync(outside.CustomOrderNumber)).ResourceKey, Is.EqualTo(Keys.Scan.OrderNotInBatch));
    }

    [Test]
    public async Task A_batch_not_being_packed_refuses_scans()
    {
        var order = await Store.OrderAsync((_mug, 1));
        var batch = await App.Batches.CreateFromSelectionAsync([order.Id]);
        var row = (await App.Batches.GetBatchAsync(batch.BatchId)).Orders.Single();

        var result = await App.Scans.ScanAsync(batch.BatchId, row.BatchOrderId, "MUG-01");

        Assert.That((result.Outcome, result.ResourceKey), Is.EqualTo((ScanOutcome.NotAllowed, Keys.Batch.NotPacking)));
    }

    [Test]
    public async Task A_scan_for_an_order_of_another_batch_is_refused()
    {
        var order = await Store.OrderAsync((_mug, 1));
        var other = await Store.PackingBatchAsync(order);

        var result = await App.Scans.ScanAsync(BatchId, other.Orders.Single().BatchOrderId, "MUG-01");

        Assert.That(result.ResourceKey, Is.EqualTo(Keys.Order.NotFound));
    }

    [Test]
    public async Task A_vendor_cannot_scan_in_another_vendors_batch()
    {
        App.As(await Store.PackerAsync("vendor4@example.com"), vendorId: 4);

        Assert.That((await ScanAsync("MUG-01")).ResourceKey, Is.EqualTo(Keys.Order.NotFound));
    }

    [Test]
    public async Task A_variant_is_verified_by_its_combination_SKU_and_not_by_another_variants()
    {
        const string red = "<Attributes><Colour>Red</Colour></Attributes>";
        const string blue = "<Attributes><Colour>Blue</Colour></Attributes>";
        var tee = await Store.ProductAsync("TEE", p => p.ManageInventoryMethod = ManageInventoryMethod.ManageStockByAttributes);
        await Store.CombinationAsync(tee, red, "TEE-RED");
        await Store.CombinationAsync(tee, blue, "TEE-BLUE");
        var order = await Store.OrderAsync(null, new OrderLine(tee, 1, red));
        var batch = await Store.PackingBatchAsync(order);
        var batchOrderId = batch.Orders.Single().BatchOrderId;

        var blueScan = await App.Scans.ScanAsync(batch.Batch.Id, batchOrderId, "TEE-BLUE");
        var redScan = await App.Scans.ScanAsync(batch.Batch.Id, batchOrderId, "TEE-RED");

        Assert.That((blueScan.Outcome, redScan.Outcome), Is.EqualTo((ScanOutcome.WrongItem, ScanOutcome.OrderPacked)));
    }

    [Test]
    public async Task The_override_packs_the_order_and_records_who_and_why()
    {
        await ScanAsync("MUG-01");

        var result = await App.Scans.OverrideAsync(BatchOrderId, "Label torn, checked by eye");

        var entry = (await App.Reports.GetAuditAsync(BatchId, types: [PackingEventType.ManualOverride])).Single();
        Assert.That(result, Is.EqualTo(PackingResult.Done(Keys.Override.Done)));
        Assert.That((entry.CustomerId, entry.Note, entry.OrderId), Is.EqualTo((App.Context.Customer.Id, "Label torn, checked by eye", _order.Id)));
        Assert.That((await App.Scans.GetPackOrderAsync(BatchId, BatchOrderId)).VerifiedManually, Is.True);
    }

    [Test]
    public async Task The_override_needs_a_reason()
    {
        Assert.That(await App.Scans.OverrideAsync(BatchOrderId, " "), Is.EqualTo(PackingResult.Refused(Keys.Override.ReasonRequired)));
    }

    [Test]
    public async Task After_an_order_is_packed_the_pack_screen_still_shows_it_until_shipped()
    {
        await ScanAsync("MUG-01");
        await ScanAsync("MUG-01");

        var next = await App.Scans.GetPackOrderAsync(BatchId);

        Assert.That((next.OrderId, next.Status, next.AllVerified), Is.EqualTo((_order.Id, PackingOrderStatus.Packed, true)));
    }

}
