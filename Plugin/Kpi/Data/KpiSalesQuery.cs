using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Data;

/// <summary>
/// The sales of one local day, as SQL aggregates over nopCommerce's Order and OrderItem tables (the orders through
/// nopCommerce's IX_Order_CreatedOnUtc, their items through IX_OrderItem_OrderId, earlier orders of the day's customers
/// through IX_Order_CustomerId). Orders of the day: placed in the window, of the store, not deleted. A cancelled order
/// counts only as a cancellation; refunds count on the day the order was placed (nopCommerce keeps no refund date).
/// </summary>
public class KpiSalesQuery
{
    private const int Cancelled = (int)OrderStatus.Cancelled;

    private readonly IRepository<OrderItem> _orderItems;
    private readonly IRepository<Order> _orders;
    private readonly IRepository<Product> _products;

    public KpiSalesQuery(IRepository<OrderItem> orderItems, IRepository<Order> orders, IRepository<Product> products)
    {
        _orderItems = orderItems;
        _orders = orders;
        _products = products;
    }

    /// <summary>The whole store's figures of the day (vendor 0); zeros on a day without orders.</summary>
    public async Task<KpiSalesFigures> StoreAsync(int storeId, KpiDayWindow window)
    {
        var placed = Placed(storeId, window);
        var totals = await placed.GroupBy(o => o.StoreId).Select(g => new
        {
            Orders = g.Count(o => o.OrderStatusId != Cancelled),
            Revenue = g.Sum(o => o.OrderStatusId != Cancelled ? o.OrderTotal : 0m),
            RefundedOrders = g.Count(o => o.OrderStatusId != Cancelled && o.RefundedAmount > 0m),
            Refunded = g.Sum(o => o.OrderStatusId != Cancelled ? o.RefundedAmount : 0m),
            CancelledOrders = g.Count(o => o.OrderStatusId == Cancelled),
            CancelledAmount = g.Sum(o => o.OrderStatusId == Cancelled ? o.OrderTotal : 0m)
        }).FirstOrDefaultAsync();

        if (totals == null)
            return new KpiSalesFigures();

        var counted = placed.Where(o => o.OrderStatusId != Cancelled);
        var items = await (from item in _orderItems.Table
                           join order in counted on item.OrderId equals order.Id
                           select (int?)item.Quantity).SumAsync(quantity => quantity);

        var customers = counted.Select(o => o.CustomerId).Distinct();
        var customerCount = await customers.CountAsync();
        var earlier = Counted(storeId).Where(o => o.CreatedOnUtc < window.StartUtc);
        var returning = await customers.CountAsync(customerId => earlier.Any(o => o.CustomerId == customerId));

        return new KpiSalesFigures
        {
            OrderCount = totals.Orders,
            Revenue = totals.Revenue,
            ItemCount = items ?? 0,
            NewCustomerCount = customerCount - returning,
            ReturningCustomerCount = returning,
            RefundedOrderCount = totals.RefundedOrders,
            RefundedAmount = totals.Refunded,
            CancelledOrderCount = totals.CancelledOrders,
            CancelledAmount = totals.CancelledAmount
        }.Rounded();
    }

    /// <summary>
    /// Each vendor's figures of the day, counting only the lines of the vendor's products: orders holding at least one,
    /// revenue and items of those lines, the order's refund in proportion of the lines to the order total. Vendors
    /// without lines that day have no figures.
    /// </summary>
    public async Task<IList<KpiSalesFigures>> VendorsAsync(int storeId, KpiDayWindow window)
    {
        var perOrder = VendorOrders(Placed(storeId, window));
        var totals = await perOrder.GroupBy(v => v.VendorId).Select(g => new
        {
            VendorId = g.Key,
            Orders = g.Count(v => v.OrderStatusId != Cancelled),
            Revenue = g.Sum(v => v.OrderStatusId != Cancelled ? v.Amount : 0m),
            Items = g.Sum(v => v.OrderStatusId != Cancelled ? v.Items : 0),
            RefundedOrders = g.Count(v => v.OrderStatusId != Cancelled && v.RefundedAmount > 0m),
            Refunded = g.Sum(v => v.OrderStatusId != Cancelled && v.OrderTotal > 0m ? v.Amount * v.RefundedAmount / v.OrderTotal : 0m),
            CancelledOrders = g.Count(v => v.OrderStatusId == Cancelled),
            CancelledAmount = g.Sum(v => v.OrderStatusId == Cancelled ? v.Amount : 0m)
        }).ToListAsync();

        if (totals.Count == 0)
            return [];

        var customers = await VendorCustomersAsync(storeId, window, perOrder);
        return totals.OrderBy(t => t.VendorId).Select(t =>
        {
            var (all, returning) = customers.GetValueOrDefault(t.VendorId);
            return new KpiSalesFigures
            {
                VendorId = t.VendorId,
                OrderCount = t.Orders,
                Revenue = t.Revenue,
                ItemCount = t.Items,
                NewCustomerCount = all - returning,
                ReturningCustomerCount = returning,
                RefundedOrderCount = t.RefundedOrders,
                RefundedAmount = t.Refunded,
                CancelledOrderCount = t.CancelledOrders,
                CancelledAmount = t.CancelledAmount
            }.Rounded();
        }).ToList();
    }

    /// <summary>When the store's oldest order (not deleted) was placed, or null when it has none.</summary>
    public async Task<DateTime?> OldestOrderUtcAsync(int storeId)
    {
        var oldest = await _orders.Table.Where(o => o.StoreId == storeId && !o.Deleted)
            .OrderBy(o => o.CreatedOnUtc).Select(o => (DateTime?)o.CreatedOnUtc).FirstOrDefaultAsync();
        return oldest;
    }

    /// <summary>
    /// Per vendor, the customers with a counted order of the vendor's lines that day, and how many of them had one before
    /// the day: the day's (vendor, customer) pairs, then the pairs among them with an earlier order, looked up by
    /// customer (nopCommerce's IX_Order_CustomerId) in bounded lists.
    /// </summary>
    private async Task<Dictionary<int, (int All, int Returning)>> VendorCustomersAsync(int storeId, KpiDayWindow window, IQueryable<KpiVendorOrder> perOrder)
    {
        var pairs = await perOrder.Where(v => v.OrderStatusId != Cancelled)
            .Select(v => new { v.VendorId, v.CustomerId }).Distinct().ToListAsync();

        var returning = new HashSet<(int VendorId, int CustomerId)>();
        var before = Counted(storeId).Where(o => o.CreatedOnUtc < window.StartUtc);
        foreach (var chunk in pairs.Select(p => p.CustomerId).Distinct().Chunk(KpiLimits.CustomersPerLookup))
        {
            var earlier = await (from item in _orderItems.Table
                                 join product in _products.Table on item.ProductId equals product.Id
                                 join order in before on item.OrderId equals order.Id
                                 where product.VendorId > 0 && chunk.Contains(order.CustomerId)
                                 select new { product.VendorId, order.CustomerId }).Distinct().ToListAsync();
            returning.UnionWith(earlier.Select(e => (e.VendorId, e.CustomerId)));
        }

        return pairs.GroupBy(p => p.VendorId).ToDictionary(g => g.Key,
            g => (g.Count(), g.Count(p => returning.Contains((p.VendorId, p.CustomerId)))));
    }

    private IQueryable<Order> Placed(int storeId, KpiDayWindow window)
    {
        var from = window.StartUtc;
        var to = window.EndUtc;
        return _orders.Table.Where(o => o.StoreId == storeId && !o.Deleted && o.CreatedOnUtc >= from && o.CreatedOnUtc < to);
    }

    private IQueryable<Order> Counted(int storeId) =>
        _orders.Table.Where(o => o.StoreId == storeId && !o.Deleted && o.OrderStatusId != Cancelled);

    /// <summary>One row per (vendor, order) of the orders: the vendor's lines of that order summed.</summary>
    private IQueryable<KpiVendorOrder> VendorOrders(IQueryable<Order> orders) =>
        from item in _orderItems.Table
        join product in _products.Table on item.ProductId equals product.Id
        join order in orders on item.OrderId equals order.Id
        where product.VendorId > 0
        group new { item.Quantity, item.PriceInclTax } by new
        {
            product.VendorId, OrderId = order.Id, order.CustomerId, order.OrderStatusId, order.OrderTotal, order.RefundedAmount
        }
        into lines
        select new KpiVendorOrder
        {
            VendorId = lines.Key.VendorId,
            OrderId = lines.Key.OrderId,
            CustomerId = lines.Key.CustomerId,
            OrderStatusId = lines.Key.OrderStatusId,
            OrderTotal = lines.Key.OrderTotal,
            RefundedAmount = lines.Key.RefundedAmount,
            Items = lines.Sum(line => line.Quantity),
            Amount = lines.Sum(line => line.PriceInclTax)
        };
}
