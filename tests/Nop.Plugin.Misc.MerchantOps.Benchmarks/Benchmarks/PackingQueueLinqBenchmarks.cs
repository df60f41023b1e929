using BenchmarkDotNet.Attributes;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Core.Domain.Shipping;
using Nop.Plugin.Misc.MerchantOps.Benchmarks.Infrastructure;

namespace Nop.Plugin.Misc.MerchantOps.Benchmarks.Benchmarks;

/// <summary>
/// Where SPEC §1's queue target (page of 50 with its count ≤ 100 ms, 10,000 ready orders among 1,000,000) stands
/// before the packing services exist: the queue written as plain repository LINQ — not deleted, order status Pending
/// or Processing, payment Paid (the default setting), shipping Not yet shipped or Partially shipped, at least one
/// shippable item (Order × OrderItem × Product.IsShipEnabled), oldest first.
/// <para>
/// <see cref="CandidateIndex"/> = true adds <see cref="CandidateQueueIndex"/> for the run; false is the schema as
/// seeded: nopCommerce's indexes and those of the plugin's migrations.
/// </para>
/// </summary>
[BenchmarkCategory("Packing")]
public class PackingQueueLinqBenchmarks : StoreBenchmark
{
    public const int PageSize = 50;

    private static readonly int[] _orderStatusIds = [(int)OrderStatus.Pending, (int)OrderStatus.Processing];
    private static readonly int[] _paymentStatusIds = [(int)PaymentStatus.Paid];
    private static readonly int[] _shippingStatusIds = [(int)ShippingStatus.NotYetShipped, (int)ShippingStatus.PartiallyShipped];

    [Params(false, true)]
    public bool CandidateIndex { get; set; }

    protected override Task SetupAsync() => CandidateQueueIndex.ApplyAsync(Database, CandidateIndex);

    protected override Task CleanupAsync() => CandidateQueueIndex.DropAsync(Database);

    /// <summary>The queue count alone (Packing page header, planner, dashboard: cached ≤ 1 min by the spec).</summary>
    [Benchmark]
    public Task<int> Count() => ReadyToPack().CountAsync();

    /// <summary>The 50 oldest ready orders.</summary>
    [Benchmark]
    public Task<List<Order>> OldestPage() => OldestFirst().Take(PageSize).ToListAsync();

    /// <summary>
    /// What the queue page needs, to compare with the 100 ms target: the count, the 50 oldest orders, their shippable
    /// items with product SKU and name, and their shipping addresses' names and countries (4 statements).
    /// </summary>
    [Benchmark]
    public async Task<QueuePage> QueuePageWithCount()
    {
        var count = await ReadyToPack().CountAsync();
        var orders = await OldestFirst().Take(PageSize).ToListAsync();
        var orderIds = orders.Select(order => order.Id).ToArray();

        var lines = await (
            from item in Repository<OrderItem>().Table
            join product in Repository<Product>().Table on item.ProductId equals product.Id
            where orderIds.Contains(item.OrderId) && product.IsShipEnabled
            select new QueueLine(item.OrderId, product.Id, product.Sku, product.Name, item.AttributeDescription, item.Quantity)).ToListAsync();

        var addressIds = orders.Select(order => order.ShippingAddressId ?? order.BillingAddressId).Distinct().ToArray();
        var addresses = await Repository<Address>().Table
            .Where(address => addressIds.Contains(address.Id))
            .Select(address => new QueueAddress(address.Id, address.FirstName, address.LastName, address.CountryId))
            .ToListAsync();

        return new QueuePage(count, orders, lines, addresses);
    }

    private IQueryable<Order> ReadyToPack()
    {
        var items = Repository<OrderItem>().Table;
        var products = Repository<Product>().Table;
        return Repository<Order>().Table.Where(order => !order.Deleted
            && _orderStatusIds.Contains(order.OrderStatusId)
            && _paymentStatusIds.Contains(order.PaymentStatusId)
            && _shippingStatusIds.Contains(order.ShippingStatusId)
            && items.Any(item => item.OrderId == order.Id && products.Any(product => product.Id == item.ProductId && product.IsShipEnabled)));
    }

    private IQueryable<Order> OldestFirst() => ReadyToPack().OrderBy(order => order.CreatedOnUtc).ThenBy(order => order.Id);

    public sealed record QueueLine(int OrderId, int ProductId, string Sku, string Name, string AttributeDescription, int Quantity);

    public sealed record QueueAddress(int Id, string FirstName, string LastName, int? CountryId);

    public sealed record QueuePage(int Count, IList<Order> Orders, IList<QueueLine> Lines, IList<QueueAddress> Addresses);
}

/// <summary>
/// A partial index a plugin migration could add, created for one benchmark run only to show what it buys:
/// <c>IX_MerchantOpsBench_Order_Queue</c> on Order(CreatedOnUtc, Id) for the not-yet-shipped orders of open statuses —
/// the rows the queue can ever list, in the queue's order, so "50 oldest" reads 50 index entries. Dropped after the run,
/// and before it (an interrupted run leaves it behind).
/// </summary>
public static class CandidateQueueIndex
{
    public const string Name = "IX_MerchantOpsBench_Order_Queue";

    public static async Task ApplyAsync(BenchDatabase database, bool create)
    {
        await DropAsync(database);
        if (!create)
            return;

        await database.ExecuteAsync(
            $"CREATE INDEX \"{Name}\" ON \"Order\" (\"CreatedOnUtc\", \"Id\") " +
            "WHERE \"ShippingStatusId\" IN (20, 25) AND \"OrderStatusId\" IN (10, 20) AND NOT \"Deleted\"");
        await database.ExecuteAsync("ANALYZE \"Order\"");
    }

    public static Task DropAsync(BenchDatabase database) => database.ExecuteAsync($"DROP INDEX IF EXISTS \"{Name}\"");
}
