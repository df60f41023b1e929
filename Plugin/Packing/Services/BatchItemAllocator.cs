using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Shipping;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Packing.Data;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;
using Nop.Services.Catalog;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Services;

/// <summary>
/// What each claimed order needs packed: its shippable items (the vendor's, for a vendor) with the quantity not yet
/// in any shipment, the attribute combination of each, and the warehouse to pick from, chosen now, so the pick list and the shipment use the same one.
/// </summary>
public class BatchItemAllocator
{
    private readonly IProductAttributeParser _productAttributeParser;
    private readonly ReadyOrdersQuery _readyOrders;
    private readonly IRepository<ShipmentItem> _shipmentItems;
    private readonly IRepository<Shipment> _shipments;
    private readonly IRepository<Product> _products;
    private readonly IRepository<ProductWarehouseInventory> _warehouseInventory;

    public BatchItemAllocator(IProductAttributeParser productAttributeParser,
        ReadyOrdersQuery readyOrders,
        IRepository<ShipmentItem> shipmentItems,
        IRepository<Shipment> shipments,
        IRepository<Product> products,
        IRepository<ProductWarehouseInventory> warehouseInventory)
    {
        _productAttributeParser = productAttributeParser;
        _readyOrders = readyOrders;
        _shipmentItems = shipmentItems;
        _shipments = shipments;
        _products = products;
        _warehouseInventory = warehouseInventory;
    }

    /// <param name="orderIds">Oldest first: older orders get the stock first.</param>
    /// <returns>The items to pack per order id (BatchId and BatchOrderId still to set); orders with nothing left are absent.</returns>
    public virtual async Task<IReadOnlyDictionary<int, List<PackingBatchItem>>> AllocateAsync(IReadOnlyList<int> orderIds, int vendorId)
    {
        var items = await _readyOrders.ShippableItems(vendorId).Where(item => orderIds.Contains(item.OrderId)).ToListAsync();
        var shipped = await QuantitiesInShipmentsAsync(orderIds);
        var products = (await _products.GetByIdsAsync(items.Select(item => item.ProductId).Distinct().ToList())).ToDictionary(p => p.Id);
        var stocks = await StocksAsync(products.Values);
        var chooser = new WarehouseChooser();
        var combinations = new Dictionary<(int, string), int>();

        var plan = new Dictionary<int, List<PackingBatchItem>>();
        foreach (var orderId in orderIds)
        {
            var planned = new List<PackingBatchItem>();
            foreach (var item in items.Where(item => item.OrderId == orderId).OrderBy(item => item.Id))
            {
                var quantity = item.Quantity - shipped.GetValueOrDefault(item.Id);
                if (quantity <= 0 || !products.TryGetValue(item.ProductId, out var product))
                    continue;

                planned.Add(new PackingBatchItem
                {
                    OrderItemId = item.Id,
                    ActiveOrderItemId = item.Id,
                    ProductId = product.Id,
                    CombinationId = await CombinationIdAsync(product, item.AttributesXml, combinations),
                    WarehouseId = chooser.Choose(stocks[product.Id], quantity),
                    Quantity = quantity
                });
            }

            if (planned.Count > 0)
                plan[orderId] = planned;
        }

        return plan;
    }

    /// <summary>Units of each order item already in a shipment, as nopCommerce counts them for a new shipment.</summary>
    private async Task<Dictionary<int, int>> QuantitiesInShipmentsAsync(IReadOnlyList<int> orderIds)
    {
        var rows = await (from shipmentItem in _shipmentItems.Table
                join shipment in _shipments.Table on shipmentItem.ShipmentId equals shipment.Id
                where orderIds.Contains(shipment.OrderId)
                select new { shipmentItem.OrderItemId, shipmentItem.Quantity })
            .ToListAsync();

        return rows.GroupBy(row => row.OrderItemId).ToDictionary(group => group.Key, group => group.Sum(row => row.Quantity));
    }

    private async Task<Dictionary<int, ProductStock>> StocksAsync(ICollection<Product> products)
    {
        // nopCommerce's admin lets the shipment choose a warehouse only for these products.
        var multiple = products
            .Where(p => p.ManageInventoryMethod == ManageInventoryMethod.ManageStock && p.UseMultipleWarehouses)
            .Select(p => p.Id)
            .ToList();
        var inventory = multiple.Count == 0
            ? []
            : await _warehouseInventory.Table.Where(w => multiple.Contains(w.ProductId)).ToListAsync();

        return products.ToDictionary(p => p.Id, p => new ProductStock(p.Id, p.WarehouseId, multiple.Contains(p.Id),
            inventory.Where(w => w.ProductId == p.Id).OrderBy(w => w.WarehouseId)
                .Select(w => new WarehouseStock(w.WarehouseId, w.StockQuantity)).ToList()));
    }

    private async Task<int> CombinationIdAsync(Product product, string attributesXml, Dictionary<(int, string), int> known)
    {
        if (string.IsNullOrWhiteSpace(attributesXml))
            return 0;

        if (!known.TryGetValue((product.Id, attributesXml), out var combinationId))
        {
            combinationId = (await _productAttributeParser.FindProductAttributeCombinationAsync(product, attributesXml))?.Id ?? 0;
            known[(product.Id, attributesXml)] = combinationId;
        }

        return combinationId;
    }
}
