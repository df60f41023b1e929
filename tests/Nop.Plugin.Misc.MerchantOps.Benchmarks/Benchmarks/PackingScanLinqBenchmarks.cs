using BenchmarkDotNet.Attributes;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.MerchantOps.Benchmarks.Infrastructure;

namespace Nop.Plugin.Misc.MerchantOps.Benchmarks.Benchmarks;

/// <summary>
/// Plain-LINQ baseline for the scan target (a scan answers in ≤ 30 ms of server time) before the packing services exist: a scanned code matched
/// against product and combination SKU, GTIN and manufacturer part number (case-insensitive: citext), then the
/// order's items of the product found. nopCommerce indexes ProductAttributeCombination.Sku only; Product's SKU, GTIN
/// and MPN are not indexed.
/// </summary>
[BenchmarkCategory("Packing")]
public class PackingScanLinqBenchmarks : StoreBenchmark
{
    private string _code;
    private int _orderId;

    /// <summary>What the packer scans.</summary>
    [Params("ProductSku", "CombinationGtin", "Unknown")]
    public string Code { get; set; }

    protected override async Task SetupAsync()
    {
        _orderId = (await PackingBenchData.OldestReadyOrderIdsAsync(Database, 1))[0];
        _code = Code switch
        {
            "ProductSku" => await Database.ScalarAsync<string>(
                "SELECT \"Sku\"::text FROM \"Product\" WHERE \"IsShipEnabled\" AND \"Published\" ORDER BY \"Id\" DESC LIMIT 1"),
            "CombinationGtin" => await Database.ScalarAsync<string>(
                "SELECT \"Gtin\"::text FROM \"ProductAttributeCombination\" ORDER BY \"Id\" DESC LIMIT 1"),
            _ => "0000000000000"
        };
    }

    /// <summary>1 statement for a product code, 2 for a combination code, 2 for an unknown code, + 1 for the order's items when found.</summary>
    [Benchmark]
    public async Task<int> ScanLookup()
    {
        var code = _code;
        var orderId = _orderId;

        var productId = await Repository<Product>().Table
            .Where(product => !product.Deleted && (product.Sku == code || product.Gtin == code || product.ManufacturerPartNumber == code))
            .Select(product => product.Id)
            .FirstOrDefaultAsync();
        if (productId == 0)
            productId = await Repository<ProductAttributeCombination>().Table
                .Where(combination => combination.Sku == code || combination.Gtin == code || combination.ManufacturerPartNumber == code)
                .Select(combination => combination.ProductId)
                .FirstOrDefaultAsync();
        if (productId == 0)
            return 0;

        var items = await Repository<OrderItem>().Table
            .Where(item => item.OrderId == orderId && item.ProductId == productId)
            .ToListAsync();
        return items.Count;
    }
}
