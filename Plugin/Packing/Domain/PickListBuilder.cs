namespace Nop.Plugin.Misc.MerchantOps.Packing.Domain;

/// <summary>Aggregates the batch's items into the pick list, walked warehouse by warehouse, then by SKU.</summary>
public static class PickListBuilder
{
    public static IReadOnlyList<PickListLine> Build(IEnumerable<PickSource> items) =>
        items
            .Where(item => item.Quantity > 0)
            .GroupBy(item => (item.ProductId, Variant: VariantKey(item), item.WarehouseId))
            .Select(ToLine)
            .OrderBy(line => line.WarehouseId == 0)
            .ThenBy(line => line.WarehouseName ?? string.Empty, StringComparer.OrdinalIgnoreCase)
            .ThenBy(line => string.IsNullOrEmpty(line.Sku))
            .ThenBy(line => line.Sku ?? string.Empty, StringComparer.OrdinalIgnoreCase)
            .ThenBy(line => line.ProductName ?? string.Empty, StringComparer.OrdinalIgnoreCase)
            .ThenBy(line => line.AttributesHtml ?? string.Empty, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// Items of one combination go together; without a combination, items with the same attributes do
    /// (a text typed by the customer makes a different item).
    /// </summary>
    private static string VariantKey(PickSource item) =>
        item.CombinationId != 0 ? $"c{item.CombinationId}" : $"x{item.AttributesXml ?? string.Empty}";

    private static PickListLine ToLine(IGrouping<(int ProductId, string Variant, int WarehouseId), PickSource> group)
    {
        var first = group.First();
        var orderNumbers = group
            .OrderBy(item => item.OrderId)
            .Select(item => item.OrderNumber)
            .Distinct(StringComparer.Ordinal)
            .ToList();

        return new PickListLine(first.Sku, first.Gtin, first.ProductId, first.CombinationId, first.ProductName,
            first.AttributesHtml, first.WarehouseId, first.WarehouseName, group.Sum(item => item.Quantity), orderNumbers);
    }
}
