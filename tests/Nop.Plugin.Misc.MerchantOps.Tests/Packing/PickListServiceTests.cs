using Nop.Core.Domain.Catalog;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using NUnit.Framework;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Packing;

[TestFixture(DatabaseEngine.Sqlite)]
[TestFixture(DatabaseEngine.PostgreSql)]
[TestFixture(DatabaseEngine.MySql)]
public class PickListServiceTests : PackingDatabaseTest
{
    private const string Red = "<Attributes><ProductAttribute ID=\"1\"><ProductAttributeValue><Value>1</Value></ProductAttributeValue></ProductAttribute></Attributes>";
    private const string Blue = "<Attributes><ProductAttribute ID=\"1\"><ProductAttributeValue><Value>2</Value></ProductAttributeValue></ProductAttribute></Attributes>";

    public PickListServiceTests(DatabaseEngine engine) : base(engine)
    {
    }

    [Test]
    public async Task Units_of_a_product_are_summed_over_the_orders_that_need_it()
    {
        var mug = await Store.ProductAsync("MUG-01", p => p.Name = "Mug");
        var first = await Store.OrderAsync((mug, 2));
        var second = await Store.OrderAsync((mug, 1));
        var batch = await App.Batches.CreateFromSelectionAsync([first.Id, second.Id]);

        var line = (await App.PickLists.GetPickListAsync(batch.BatchId)).Lines.Single();

        Assert.That((line.Sku, line.ProductName, line.TotalQuantity, string.Join(",", line.OrderNumbers)),
            Is.EqualTo(("MUG-01", "Mug", 3, $"{first.Id},{second.Id}")));
    }

    [Test]
    public async Task A_product_tracked_by_attributes_is_picked_by_combination_SKU()
    {
        var tee = await Store.ProductAsync("TEE", p => p.ManageInventoryMethod = ManageInventoryMethod.ManageStockByAttributes);
        await Store.CombinationAsync(tee, Red, "TEE-RED");
        await Store.CombinationAsync(tee, Blue, "TEE-BLUE");
        var order = await Store.OrderAsync(null, new OrderLine(tee, 1, Red, "Colour: Red"), new OrderLine(tee, 2, Blue, "Colour: Blue"));
        var batch = await App.Batches.CreateFromSelectionAsync([order.Id]);

        var lines = (await App.PickLists.GetPickListAsync(batch.BatchId)).Lines;

        Assert.That(lines.Select(l => (l.Sku, l.AttributesHtml, l.TotalQuantity)), Is.EqualTo(new[] { ("TEE-BLUE", "Colour: Blue", 2), ("TEE-RED", "Colour: Red", 1) }));
    }

    [Test]
    public async Task The_warehouse_with_enough_stock_is_chosen_when_the_batch_is_created_and_older_orders_come_first()
    {
        var lyon = await Store.WarehouseAsync("Lyon");
        var paris = await Store.WarehouseAsync("Paris");
        var vase = await Store.ProductAsync("VASE", p => (p.UseMultipleWarehouses, p.WarehouseId) = (true, lyon.Id));
        await Store.StockAsync(vase, lyon, 3);
        await Store.StockAsync(vase, paris, 10);
        var older = await Store.OrderAsync((vase, 2));
        var younger = await Store.OrderAsync((vase, 2));
        var batch = await App.Batches.CreateFromSelectionAsync([younger.Id, older.Id]);

        var lines = (await App.PickLists.GetPickListAsync(batch.BatchId)).Lines;

        Assert.That(lines.Select(l => (l.WarehouseName, l.TotalQuantity, l.OrderNumbers.Single())),
            Is.EqualTo(new[] { ("Lyon", 2, older.Id.ToString()), ("Paris", 2, younger.Id.ToString()) }));
    }

    [Test]
    public async Task The_list_is_sorted_by_warehouse_then_SKU()
    {
        var lyon = await Store.WarehouseAsync("Lyon");
        var annecy = await Store.WarehouseAsync("Annecy");
        var b = await Store.ProductAsync("B-1", p => p.WarehouseId = lyon.Id);
        var a = await Store.ProductAsync("A-1", p => p.WarehouseId = lyon.Id);
        var z = await Store.ProductAsync("Z-1", p => p.WarehouseId = annecy.Id);
        var order = await Store.OrderAsync((b, 1), (a, 1), (z, 1));
        var batch = await App.Batches.CreateFromSelectionAsync([order.Id]);

        var lines = (await App.PickLists.GetPickListAsync(batch.BatchId)).Lines;

        Assert.That(lines.Select(l => $"{l.WarehouseName}/{l.Sku}"), Is.EqualTo(new[] { "Annecy/Z-1", "Lyon/A-1", "Lyon/B-1" }));
    }

    [Test]
    public async Task Skipped_orders_are_left_off_the_pick_list()
    {
        var mug = await Store.ProductAsync("MUG-01");
        var tote = await Store.ProductAsync("TOTE");
        var kept = await Store.OrderAsync((mug, 1));
        var skipped = await Store.OrderAsync((tote, 1));
        var batch = await App.Batches.CreateFromSelectionAsync([kept.Id, skipped.Id]);
        var skippedRow = (await App.Batches.GetBatchAsync(batch.BatchId)).Orders.Single(o => o.OrderId == skipped.Id);
        await App.Workflow.SkipOrderAsync(skippedRow.BatchOrderId, PackingSkipReason.OutOfStock);

        Assert.That((await App.PickLists.GetPickListAsync(batch.BatchId)).Lines.Select(l => l.Sku), Is.EqualTo(new[] { "MUG-01" }));
    }

    [Test]
    public async Task A_product_deleted_after_the_order_is_still_on_the_pick_list()
    {
        var mug = await Store.ProductAsync("MUG-01");
        var order = await Store.OrderAsync((mug, 1));
        var batch = await App.Batches.CreateFromSelectionAsync([order.Id]);

        await Database.Repository<Product>().DeleteAsync(mug);

        Assert.That((await App.PickLists.GetPickListAsync(batch.BatchId)).TotalQuantity, Is.EqualTo(1));
    }

    [Test]
    public async Task The_pick_list_of_a_200_order_batch_has_a_line_per_product()
    {
        var products = new List<Product>();
        for (var i = 0; i < 5; i++)
            products.Add(await Store.ProductAsync($"SKU-{i}"));
        var orderIds = new List<int>();
        for (var i = 0; i < 200; i++)
            orderIds.Add((await Store.OrderAsync((products[i % 5], 1), (products[(i + 1) % 5], 2))).Id);
        var batch = await App.Batches.CreateFromSelectionAsync(orderIds);

        var pickList = await App.PickLists.GetPickListAsync(batch.BatchId);

        Assert.That((pickList.Lines.Count, pickList.TotalQuantity), Is.EqualTo((5, 600)));
    }

    [Test]
    public async Task Another_vendors_batch_has_no_pick_list_for_a_vendor()
    {
        var order = await Store.OrderAsync((await Store.ProductAsync("MUG-01"), 1));
        var batch = await App.Batches.CreateFromSelectionAsync([order.Id]);
        App.As(await Store.PackerAsync("vendor3@example.com"), vendorId: 3);

        Assert.That(await App.PickLists.GetPickListAsync(batch.BatchId), Is.Null);
    }

    [Test]
    public async Task Every_order_of_the_batch_is_read_at_once_as_the_pack_screen_reads_each()
    {
        var mug = await Store.ProductAsync("MUG-01", p => p.Name = "Mug");
        var tee = await Store.ProductAsync("TEE", p => p.ManageInventoryMethod = ManageInventoryMethod.ManageStockByAttributes);
        await Store.CombinationAsync(tee, Red, "TEE-RED", "4006381333931");
        var first = await Store.OrderAsync(null, new OrderLine(mug, 2), new OrderLine(tee, 1, Red, "Colour: Red"));
        var second = await Store.OrderAsync((mug, 1));
        var third = await Store.OrderAsync((mug, 3));
        var batch = await Store.PackingBatchAsync(first, second, third);
        await App.Scans.ScanAsync(batch.Batch.Id, batch.Orders[0].BatchOrderId, "TEE-RED");
        await App.Workflow.SkipOrderAsync(batch.Orders[2].BatchOrderId, PackingSkipReason.CustomerRequest, null);

        var all = await App.PickLists.GetPackOrdersAsync(batch.Batch.Id);

        Assert.That(all.Select(o => o.OrderId), Is.EqualTo(new[] { first.Id, second.Id, third.Id }));
        foreach (var order in all)
        {
            var one = await App.Scans.GetPackOrderAsync(batch.Batch.Id, order.BatchOrderId);
            Assert.That(order with { Lines = [] }, Is.EqualTo(one with { Lines = [] }));
            Assert.That(order.Lines, Is.EqualTo(one.Lines));
        }
        Assert.That(all[0].Lines.Single(l => l.Sku == "TEE-RED").VerifiedQuantity, Is.EqualTo(1));
        Assert.That(all[2].Status, Is.EqualTo(PackingOrderStatus.Skipped));
    }

    [Test]
    public async Task Reading_every_order_takes_the_same_statements_for_two_orders_or_twelve()
    {
        var mug = await Store.ProductAsync("MUG-01");
        var small = await Store.PackingBatchAsync(await Store.OrderAsync((mug, 1)), await Store.OrderAsync((mug, 2)));
        var orders = new List<Nop.Core.Domain.Orders.Order>();
        for (var i = 0; i < 12; i++)
            orders.Add(await Store.OrderAsync((mug, 1)));
        var large = await Store.PackingBatchAsync(orders.ToArray());

        using var counter = new SqlStatementCounter(Database);
        Assert.That((await App.PickLists.GetPackOrdersAsync(small.Batch.Id)).Count, Is.EqualTo(2));
        var forSmall = counter.Count;
        counter.Reset();
        Assert.That((await App.PickLists.GetPackOrdersAsync(large.Batch.Id)).Count, Is.EqualTo(12));

        Assert.That(counter.Count, Is.EqualTo(forSmall).And.LessThanOrEqualTo(3), string.Join("\n", counter.Statements));
    }

    [Test]
    public async Task Another_vendor_reads_no_order_of_the_batch()
    {
        var mug = await Store.ProductAsync("MUG-01");
        var batch = await Store.PackingBatchAsync(await Store.OrderAsync((mug, 1)));
        App.As(await Store.PackerAsync("vendor3@example.com"), vendorId: 3);

        Assert.That(await App.PickLists.GetPackOrdersAsync(batch.Batch.Id), Is.Null);
    }
}
