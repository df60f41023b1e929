using BenchmarkDotNet.Attributes;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.MerchantOps.Benchmarks.Infrastructure;

namespace Nop.Plugin.Misc.MerchantOps.Benchmarks.Benchmarks;

/// <summary>
/// Plain-LINQ baseline for the pick-list target (a 200-order batch in ≤ 50 ms of server time) before the packing services exist.
/// It reads nopCommerce's tables only — the services will add their own batch tables — so it shows the floor the
/// store's schema and indexes give.
/// </summary>
[BenchmarkCategory("Packing")]
public class PackingPickListLinqBenchmarks : StoreBenchmark
{
    public const int BatchSize = 200;

    private int[] _batchOrderIds;

    protected override async Task SetupAsync()
    {
        _batchOrderIds = await PackingBenchData.OldestReadyOrderIdsAsync(Database, BatchSize);
    }

    /// <summary>
    /// The batch's shippable items with product and combination (SKU, name, attributes) and the product's warehouse,
    /// aggregated by product and combination, sorted by warehouse then SKU (2 statements).
    /// </summary>
    [Benchmark]
    public async Task<List<PickLine>> PickList200Orders()
    {
        var orderIds = _batchOrderIds;
        var lines = await (
            from item in Repository<OrderItem>().Table
            join product in Repository<Product>().Table on item.ProductId equals product.Id
            where orderIds.Contains(item.OrderId) && product.IsShipEnabled
            select new PickSource(item.OrderId, item.ProductId, item.AttributesXml, item.AttributeDescription, item.Quantity,
                product.Sku, product.Name, product.WarehouseId, product.ManageInventoryMethodId))
            .ToListAsync();

        var combinationProductIds = lines
            .Where(line => line.ManageInventoryMethodId == (int)ManageInventoryMethod.ManageStockByAttributes)
            .Select(line => line.ProductId).Distinct().ToArray();
        var combinations = combinationProductIds.Length == 0
            ? []
            : await Repository<ProductAttributeCombination>().Table
                .Where(combination => combinationProductIds.Contains(combination.ProductId))
                .ToListAsync();
        var combinationSku = combinations
            .GroupBy(combination => (combination.ProductId, Xml: combination.AttributesXml.ToLowerInvariant()))
            .ToDictionary(group => group.Key, group => group.First().Sku);

        return lines
            .GroupBy(line => (line.ProductId, Xml: (line.AttributesXml ?? string.Empty).ToLowerInvariant()))
            .Select(group =>
            {
                var first = group.First();
                var sku = combinationSku.TryGetValue(group.Key, out var combination) ? combination : first.Sku;
                return new PickLine(first.WarehouseId, sku, first.Name, first.AttributeDescription, group.Sum(line => line.Quantity),
                    group.Select(line => line.OrderId).Distinct().Count());
            })
            .OrderBy(line => line.WarehouseId).ThenBy(line => line.Sku, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    public sealed record PickSource(int OrderId, int ProductId, string AttributesXml, string AttributeDescription, int Quantity,
        string Sku, string Name, int WarehouseId, int ManageInventoryMethodId);

    public sealed record PickLine(int WarehouseId, string Sku, string Name, string Attributes, int Quantity, int Orders);
}
