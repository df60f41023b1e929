using BenchmarkDotNet.Attributes;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Shipping;
using Nop.Core.Domain.Payments;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Benchmarks.Infrastructure;
using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Benchmarks.Benchmarks;

/// <summary>
/// REPRODUCTIONS, not nopCommerce itself: the figures of nopCommerce 4.90's admin dashboard computed the way it computes
/// them — live aggregates and counts over the Order, OrderItem and Customer tables at every request — written here with
/// our own linq2db queries over the stand-in's entities, after reading nopCommerce's OrderService.SearchOrdersAsync (count
/// only: billing-address join, not deleted, creation bounds inclusive), OrderReportService.GetOrderAverageReportLineAsync /
/// OrderAverageReportAsync / BestSellersReportAsync, CustomerService.GetAllCustomersAsync (registered role join, distinct),
/// CommonModelFactory.PrepareCommonStatisticsModelAsync, OrderController.LoadOrderStatistics and
/// CustomerController.LoadCustomerStatistics (one count per bucket). No web request, no view, no nopCommerce cache, no
/// permission checks: the database work of each card only. Same store, days and zone as
/// <see cref="KpiWidgetReadBenchmarks"/> (nopCommerce's admin takes the admin's time zone; here Europe/Paris).
/// Short runs (1 warm-up, 3 measured calls): some cases take seconds.
/// </summary>
[BenchmarkCategory("Kpi", "KpiWidgets", "NopWay")]
[WarmupCount(1)]
[IterationCount(3)]
[InvocationCount(1)]
public class KpiWidgetNopWayBenchmarks : StoreBenchmark
{
    private const int StoreId = KpiWidgetReadBenchmarks.StoreId;
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById(KpiWidgetBenchData.TimeZoneId);
    private static readonly DateOnly Today = KpiWidgetReadBenchmarks.Today;
    private static readonly DateOnly Yesterday = KpiWidgetReadBenchmarks.Yesterday;
    private static readonly List<int> NotCancelled = [(int)OrderStatus.Pending, (int)OrderStatus.Processing, (int)OrderStatus.Complete];
    private int _registeredRoleId;

    protected override async Task SetupAsync()
    {
        _registeredRoleId = await Repository<CustomerRole>().Table
            .Where(role => role.SystemName == NopCustomerDefaults.RegisteredRoleName).Select(role => role.Id).FirstAsync();
    }

    // ---- the widgets' figures, computed nopCommerce's way (compare with KpiWidgetReadBenchmarks) ----

    /// <summary>Yesterday at a glance: one order aggregate per day (yesterday, a week before, the 4 weeks before).</summary>
    [Benchmark]
    public async Task<decimal> NopWay_YesterdayAtAGlance()
    {
        var total = 0m;
        foreach (var weeks in Enumerable.Range(0, 5))
        {
            var day = Yesterday.AddDays(-7 * weeks);
            total += (await AverageLineAsync(StoreId, NotCancelled, Start(day), Start(day.AddDays(1)))).Sum;
        }
        return total;
    }

    /// <summary>Yesterday's orders and revenue: one aggregate over Order.</summary>
    [Benchmark]
    public async Task<(int Count, decimal Sum)> NopWay_YesterdaySales() =>
        await AverageLineAsync(StoreId, NotCancelled, Start(Yesterday), Start(Today));

    /// <summary>
    /// The funnel from the store's tables (nopCommerce has none): visitors = customers created in the period (a guest gets
    /// a customer row on its first visit), carts = distinct customers with a cart item created in it, orders = distinct
    /// customers with an order placed in it; for the last 7 days and the 7 before.
    /// </summary>
    [Benchmark]
    public async Task<long> NopWay_Funnel7DaysAndThe7Before()
    {
        long total = 0;
        foreach (var (from, to) in new[] { (Yesterday.AddDays(-6), Today), (Yesterday.AddDays(-13), Yesterday.AddDays(-6)) })
        {
            var start = Start(from);
            var end = Start(to);
            total += await Repository<Customer>().Table.CountAsync(c => !c.Deleted && c.CreatedOnUtc >= start && c.CreatedOnUtc < end);
            total += await Repository<ShoppingCartItem>().Table
                .Where(i => i.StoreId == StoreId && i.CreatedOnUtc >= start && i.CreatedOnUtc < end).Select(i => i.CustomerId).Distinct().CountAsync();
            total += await Repository<Order>().Table
                .Where(o => !o.Deleted && o.StoreId == StoreId && o.CreatedOnUtc >= start && o.CreatedOnUtc < end).Select(o => o.CustomerId).Distinct().CountAsync();
        }
        return total;
    }

    /// <summary>nopCommerce's order chart, "week" (what the dashboard loads when the card is open): 8 daily counts.</summary>
    [Benchmark]
    public Task<int> NopWay_OrderChartWeek() => OrderChartAsync(Enumerable.Range(0, 8).Select(i => Today.AddDays(-7 + i)).Select(d => (d, d.AddDays(1))));

    /// <summary>The order chart, "month": 31 daily counts.</summary>
    [Benchmark]
    public Task<int> NopWay_OrderChartMonth() => OrderChartAsync(Enumerable.Range(0, 31).Select(i => Today.AddDays(-30 + i)).Select(d => (d, d.AddDays(1))));

    /// <summary>The order chart, "year": 13 monthly counts (the nearest nopCommerce has to the 365-day chart).</summary>
    [Benchmark]
    public Task<int> NopWay_OrderChartYear()
    {
        var first = new DateOnly(Today.Year, Today.Month, 1).AddMonths(-11);
        return OrderChartAsync(Enumerable.Range(0, 13).Select(i => (first.AddMonths(i), first.AddMonths(i + 1))));
    }

    /// <summary>All-time totals of the store (the order average report's "all time" line): what ten years amount to.</summary>
    [Benchmark]
    public async Task<(int Count, decimal Sum)> NopWay_AllTimeSales() => await AverageLineAsync(StoreId, NotCancelled, null, null);

    // ---- the rest of nopCommerce's dashboard (for "GET /Admin with and without") ----

    /// <summary>The customer chart, "week": 8 daily counts of registered customers (role join, distinct).</summary>
    [Benchmark]
    public async Task<int> NopWay_CustomerChartWeek()
    {
        var total = 0;
        for (var i = 0; i <= 7; i++)
            total += await RegisteredCustomersAsync(Start(Today.AddDays(-7 + i)), Start(Today.AddDays(-6 + i)));
        return total;
    }

    /// <summary>
    /// The common statistics card, computed inside GET /Admin whether the card is collapsed or not: all orders, registered
    /// customers, pending return requests, low-stock products and combinations (counts).
    /// </summary>
    [Benchmark]
    public async Task<int> NopWay_CommonStatistics()
    {
        var orders = await OrdersWithBilling().CountAsync();
        var customers = await RegisteredCustomersAsync(null, null);
        var returns = await Repository<ReturnRequest>().Table.CountAsync(r => r.ReturnRequestStatusId == (int)ReturnRequestStatus.Pending);
        var products = await Repository<Product>().Table.CountAsync(p => !p.Deleted && p.ManageInventoryMethodId == (int)ManageInventoryMethod.ManageStock
            && !p.UseMultipleWarehouses && p.StockQuantity < p.MinStockQuantity);
        var combinations = await (from c in Repository<ProductAttributeCombination>().Table
                                  join p in Repository<Product>().Table on c.ProductId equals p.Id
                                  where !p.Deleted && p.ManageInventoryMethodId == (int)ManageInventoryMethod.ManageStockByAttributes && c.StockQuantity <= 0
                                  select c).CountAsync();
        return orders + customers + returns + products + combinations;
    }

    /// <summary>The order average card: 4 statuses × today, this week, this month, this year, all time (20 aggregates, every store).</summary>
    [Benchmark]
    public async Task<decimal> NopWay_OrderAverageReport()
    {
        var weekStart = Today.AddDays(-(int)Today.DayOfWeek);
        var starts = new DateTime?[] { Start(Today), Start(weekStart), Start(new DateOnly(Today.Year, Today.Month, 1)), Start(new DateOnly(Today.Year, 1, 1)), null };
        var total = 0m;
        foreach (var status in new[] { OrderStatus.Pending, OrderStatus.Processing, OrderStatus.Complete, OrderStatus.Cancelled })
            foreach (var start in starts)
                total += (await AverageLineAsync(0, [(int)status], start, null)).Sum;
        return total;
    }

    /// <summary>The incomplete orders card: unpaid, not yet shipped, pending (3 aggregates).</summary>
    [Benchmark]
    public async Task<decimal> NopWay_OrderIncompleteReport()
    {
        var total = (await AverageLineAsync(0, NotCancelled, null, null, ps: [(int)PaymentStatus.Pending])).Sum;
        total += (await AverageLineAsync(0, NotCancelled, null, null, ss: [(int)ShippingStatus.NotYetShipped])).Sum;
        total += (await AverageLineAsync(0, [(int)OrderStatus.Pending], null, null)).Sum;
        return total;
    }

    /// <summary>The latest orders card: the order list's query, newest first, a page of 5 and the count.</summary>
    [Benchmark]
    public async Task<int> NopWay_LatestOrders()
    {
        var query = OrdersWithBilling().OrderByDescending(o => o.CreatedOnUtc);
        var count = await query.CountAsync();
        var page = await query.Take(5).ToListAsync();
        return count + page.Count;
    }

    /// <summary>A bestsellers card: order lines of live orders grouped by product, ordered by quantity, a page of 5 and the count.</summary>
    [Benchmark]
    public Task<int> NopWay_BestsellersByQuantity() => BestsellersAsync(byAmount: false);

    /// <summary>The other bestsellers card, ordered by amount.</summary>
    [Benchmark]
    public Task<int> NopWay_BestsellersByAmount() => BestsellersAsync(byAmount: true);

    // ---- the shapes of nopCommerce's queries ----

    private static DateTime Start(DateOnly day) => KpiDay.StartUtc(day, Zone);

    /// <summary>Orders as SearchOrdersAsync and GetOrderAverageReportLineAsync filter them: not deleted, joined to their billing address.</summary>
    private IQueryable<Order> OrdersWithBilling(int storeId = 0)
    {
        var query = Repository<Order>().Table.Where(o => !o.Deleted);
        if (storeId > 0)
            query = query.Where(o => o.StoreId == storeId);
        return from o in query
               join a in Repository<Address>().Table on o.BillingAddressId equals a.Id
               select o;
    }

    /// <summary>GetOrderAverageReportLineAsync's shape: one grouped aggregate (count and five sums); bounds inclusive as there.</summary>
    private async Task<(int Count, decimal Sum)> AverageLineAsync(int storeId, List<int> osIds, DateTime? startUtc, DateTime? endUtc,
        List<int> ps = null, List<int> ss = null)
    {
        var query = OrdersWithBilling(storeId).Where(o => osIds.Contains(o.OrderStatusId));
        if (ps != null)
            query = query.Where(o => ps.Contains(o.PaymentStatusId));
        if (ss != null)
            query = query.Where(o => ss.Contains(o.ShippingStatusId));
        if (startUtc.HasValue)
            query = query.Where(o => startUtc.Value <= o.CreatedOnUtc);
        if (endUtc.HasValue)
            query = query.Where(o => endUtc.Value >= o.CreatedOnUtc);
        var line = await (from o in query
                          group o by 1 into g
                          select new
                          {
                              Count = g.Count(),
                              Shipping = g.Sum(o => o.OrderShippingExclTax),
                              Fee = g.Sum(o => o.PaymentMethodAdditionalFeeExclTax),
                              Tax = g.Sum(o => o.OrderTax),
                              Total = g.Sum(o => o.OrderTotal),
                              Refunded = g.Sum(o => o.RefundedAmount)
                          }).FirstOrDefaultAsync();
        return line == null ? (0, 0m) : (line.Count, line.Total);
    }

    /// <summary>LoadOrderStatistics: per bucket, SearchOrdersAsync's count between the bucket's local bounds (inclusive, every store).</summary>
    private async Task<int> OrderChartAsync(IEnumerable<(DateOnly From, DateOnly To)> buckets)
    {
        var total = 0;
        foreach (var (from, to) in buckets)
        {
            var start = Start(from);
            var end = Start(to);
            total += await OrdersWithBilling().CountAsync(o => start <= o.CreatedOnUtc && end >= o.CreatedOnUtc);
        }
        return total;
    }

    /// <summary>GetAllCustomersAsync's count with the Registered role: not deleted, role-mapping join, distinct.</summary>
    private Task<int> RegisteredCustomersAsync(DateTime? fromUtc, DateTime? toUtc)
    {
        var query = Repository<Customer>().Table;
        if (fromUtc.HasValue)
            query = query.Where(c => fromUtc.Value <= c.CreatedOnUtc);
        if (toUtc.HasValue)
            query = query.Where(c => toUtc.Value >= c.CreatedOnUtc);
        query = query.Where(c => !c.Deleted);
        var roleId = _registeredRoleId;
        return query.Join(Repository<CustomerCustomerRoleMapping>().Table, c => c.Id, m => m.CustomerId, (c, m) => new { Customer = c, Mapping = m })
            .Where(z => z.Mapping.CustomerRoleId == roleId)
            .Select(z => z.Customer)
            .Distinct()
            .CountAsync();
    }

    private async Task<int> BestsellersAsync(bool byAmount)
    {
        var lines = from oi in Repository<OrderItem>().Table
                    join o in Repository<Order>().Table on oi.OrderId equals o.Id
                    join p in Repository<Product>().Table on oi.ProductId equals p.Id
                    where !o.Deleted && !p.Deleted
                    select oi;
        var report = from g in lines.GroupBy(oi => oi.ProductId)
                     select new { ProductId = g.Key, Amount = g.Sum(x => x.PriceExclTax), Quantity = g.Sum(x => x.Quantity) };
        var named = from r in report
                    join p in Repository<Product>().Table on r.ProductId equals p.Id
                    select new { r.ProductId, r.Amount, r.Quantity, p.Name };
        var ordered = byAmount ? named.OrderByDescending(r => r.Amount) : named.OrderByDescending(r => r.Quantity);
        var count = await ordered.CountAsync();
        var page = await ordered.Take(5).ToListAsync();
        return count + page.Count;
    }
}
