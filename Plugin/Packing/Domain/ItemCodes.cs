namespace Nop.Plugin.Misc.MerchantOps.Packing.Domain;

/// <summary>
/// nopCommerce's rule for the codes of an ordered item: a product that tracks stock by attributes shows the
/// combination's SKU, GTIN and part number where they are set, and the product's otherwise.
/// </summary>
public static class ItemCodes
{
    public static ProductCodes Effective(ProductCodes product, bool tracksStockByAttributes, ProductCodes combination)
    {
        if (!tracksStockByAttributes || combination is null)
            return product;

        return new ProductCodes(
            FirstSet(combination.Sku, product.Sku),
            FirstSet(combination.Gtin, product.Gtin),
            FirstSet(combination.ManufacturerPartNumber, product.ManufacturerPartNumber));
    }

    /// <summary>
    /// Codes a scan may match: the effective ones, plus a combination's own codes (a label printed for the
    /// variant identifies it whatever the inventory method).
    /// </summary>
    public static IReadOnlyList<string> Scannable(ProductCodes product, bool tracksStockByAttributes, ProductCodes combination)
    {
        var effective = Effective(product, tracksStockByAttributes, combination);
        var codes = new List<string> { effective.Sku, effective.Gtin, effective.ManufacturerPartNumber };
        if (combination is not null)
            codes.AddRange([combination.Sku, combination.Gtin, combination.ManufacturerPartNumber]);

        return codes.Where(code => !string.IsNullOrWhiteSpace(code)).Select(code => code.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    private static string FirstSet(string preferred, string fallback) =>
        string.IsNullOrWhiteSpace(preferred) ? fallback : preferred;
}
