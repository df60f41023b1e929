using Nop.Plugin.Misc.MerchantOps.Packing.Domain;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Packing.Domain;

public class PickListBuilderTests
{
    private static PickSource Item(int orderId, int productId, string sku, int quantity, int warehouseId = 1, string warehouse = "Lyon",
        int combinationId = 0, string attributesXml = null) =>
        new(orderId, $"#{orderId}", productId, combinationId, attributesXml, null, $"Product {productId}", sku, null, warehouseId, warehouse, quantity);

    [Test]
    public void Units_of_the_same_product_from_the_same_warehouse_are_one_line_with_every_order()
    {
        var lines = PickListBuilder.Build([Item(10, 1, "MUG", 2), Item(11, 1, "MUG", 1)]);

        Assert.That(lines.Select(l => (l.Sku, l.TotalQuantity, string.Join(",", l.OrderNumbers))), Is.EqualTo(new[] { ("MUG", 3, "#10,#11") }));
    }

    [Test]
    public void Two_combinations_of_a_product_are_two_lines()
    {
        var lines = PickListBuilder.Build([Item(10, 1, "TEE-S", 1, combinationId: 5), Item(11, 1, "TEE-M", 1, combinationId: 6)]);

        Assert.That(lines.Select(l => l.Sku), Is.EqualTo(new[] { "TEE-M", "TEE-S" }));
    }

    [Test]
    public void Items_with_different_attributes_and_no_combination_are_not_merged()
    {
        var lines = PickListBuilder.Build([Item(10, 1, "CARD", 1, attributesXml: "<a>Happy birthday</a>"), Item(11, 1, "CARD", 1, attributesXml: "<a>Get well</a>")]);

        Assert.That(lines, Has.Count.EqualTo(2));
    }

    [Test]
    public void The_list_is_walked_warehouse_by_warehouse_then_by_SKU_items_without_warehouse_last()
    {
        var lines = PickListBuilder.Build([
            Item(1, 1, "B-2", 1, 2, "Paris"), Item(1, 2, "A-9", 1, 2, "Paris"),
            Item(1, 3, "Z-1", 1, 1, "Lyon"), Item(1, 4, "A-1", 1, 0, null), Item(1, 5, null, 1, 1, "Lyon")
        ]);

        Assert.That(lines.Select(l => $"{l.WarehouseName}:{l.Sku}"), Is.EqualTo(new[] { "Lyon:Z-1", "Lyon:", "Paris:A-9", "Paris:B-2", ":A-1" }));
    }

    [Test]
    public void The_same_product_from_two_warehouses_is_picked_in_each()
    {
        var lines = PickListBuilder.Build([Item(1, 1, "MUG", 2, 1, "Lyon"), Item(2, 1, "MUG", 3, 2, "Paris")]);

        Assert.That(lines.Select(l => (l.WarehouseName, l.TotalQuantity)), Is.EqualTo(new[] { ("Lyon", 2), ("Paris", 3) }));
    }
}

public class WarehouseChooserTests
{
    private static ProductStock Stocked(int defaultWarehouse, params (int Warehouse, int Stock)[] stocks) =>
        new(1, defaultWarehouse, true, stocks.Select(s => new WarehouseStock(s.Warehouse, s.Stock)).ToList());

    [Test]
    public void A_product_in_one_warehouse_ships_from_it()
    {
        Assert.That(new WarehouseChooser().Choose(new ProductStock(1, 4, false, []), 100), Is.EqualTo(4));
    }

    [Test]
    public void The_products_own_warehouse_is_preferred_when_it_has_enough()
    {
        Assert.That(new WarehouseChooser().Choose(Stocked(2, (1, 50), (2, 5)), 5), Is.EqualTo(2));
    }

    [Test]
    public void Otherwise_a_warehouse_with_enough_stock_is_chosen()
    {
        Assert.That(new WarehouseChooser().Choose(Stocked(2, (1, 10), (2, 1), (3, 4)), 3), Is.EqualTo(1));
    }

    [Test]
    public void Units_chosen_for_older_orders_are_no_longer_available_to_younger_ones()
    {
        var chooser = new WarehouseChooser();
        var product = Stocked(1, (1, 3), (2, 3));

        Assert.That(new[] { chooser.Choose(product, 2), chooser.Choose(product, 2) }, Is.EqualTo(new[] { 1, 2 }));
    }

    [Test]
    public void Without_enough_stock_anywhere_the_fullest_warehouse_is_chosen()
    {
        Assert.That(new WarehouseChooser().Choose(Stocked(1, (1, 1), (2, 4)), 9), Is.EqualTo(2));
    }
}
