using BenchmarkDotNet.Attributes;
using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Benchmarks.Infrastructure;
using Nop.Plugin.Misc.MerchantOps.Benchmarks.Seeding;
using Nop.Plugin.Misc.MerchantOps.Packing.Data;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;
using Nop.Plugin.Misc.MerchantOps.Packing.Services;
using Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;

namespace Nop.Plugin.Misc.MerchantOps.Benchmarks.Benchmarks;

/// <summary>
/// The packing queue through the plugin's own service (Plugin/Packing/Services), with the plugin's migrations (and
/// its IX_MerchantOps_* index) applied: the target "queue page of 50 with its count ≤ 100 ms of server time". The cache is off, so
/// the count is the uncached one (the service may cache it for a minute). Up to 50,000 ready orders the service sorts
/// them in memory, beyond it lets the database sort: run on a store with more (seed --ready 60000) to measure that path.
/// Cold: every call meets emptied caches (<see cref="ColdCache"/>).
/// </summary>
[BenchmarkCategory("Packing", "Services")]
public class PackingQueueServiceBenchmarks : StoreBenchmark, IColdBeforeEachCall
{
    private PluginServices _services;
    private IPackingQueueService _queue;

    public static IEnumerable<CacheState> Caches => new[] { CacheState.Warm, CacheState.Cold }.Where(BenchCaches.Includes);

    [ParamsSource(nameof(Caches))]
    public CacheState Cache { get; set; }

    public bool IsCold => Cache == CacheState.Cold;

    public void MakeCold() => ColdCache.Evict(CacheManager);

    [IterationSetup]
    public void BeforeEachCall()
    {
        if (IsCold)
            MakeCold();
    }

    protected override async Task SetupAsync()
    {
        await PluginServices.ResetPackingTablesAsync(Database);
        _services = new PluginServices(Database, CacheManager, await PackingServiceSetup.AdministratorAsync());
        _queue = _services.Get<IPackingQueueService>();

        // both paths must give what the queue promises: the oldest ready orders, oldest first
        var expected = await PackingBenchData.OldestReadyOrderIdsAsync(Database, 200);
        var page = (await QueuePage()).Select(row => row.OrderId).ToArray();
        var oldest = (await Oldest200()).ToArray();
        if (!page.SequenceEqual(expected.Take(50)) || !oldest.SequenceEqual(expected))
            throw new InvalidOperationException("The queue's page or its 200 oldest are not the oldest ready orders.");
    }

    protected override Task CleanupAsync()
    {
        _services?.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Page 1 of the queue, 50 oldest first, with the total count (what the Packing page shows).</summary>
    [Benchmark]
    public Task<IPagedList<PackingQueueRow>> QueuePage() => _queue.GetQueueAsync(new PackingQueueFilter(), 0, 50);

    /// <summary>The ready count, uncached.</summary>
    [Benchmark]
    public Task<int> ReadyCount() => _queue.GetReadyCountAsync();

    /// <summary>The 200 oldest order ids ("next N oldest" batch creation reads them).</summary>
    [Benchmark]
    public Task<IList<int>> Oldest200() => _queue.GetOldestOrderIdsAsync(new PackingQueueFilter(), 200);
}

/// <summary>
/// A 200-order batch through the plugin's own services: the targets "pick list of a 200-order batch ≤ 50 ms" and
/// "a scan ≤ 30 ms". The batch is created in the setup (the 200 oldest ready orders, or the 200 orders with the
/// highest ids as a store numbers its newest (<see cref="BatchOrders"/>), claimed by the administrator, packing
/// started) and the plugin's packing tables are emptied after the run, which gives the orders back to the queue.
/// Scans: <see cref="ScanAccepted"/> ticks a unit of an item still to pack (the item is put back to 1 of its 3 units
/// before every call, so each call is the second unit: a match, one conditional update, the order not yet packed);
/// <see cref="ScanOverQuantity"/> scans an item whose units are all ticked, <see cref="ScanUnknownCode"/> a code the store
/// does not know: both refused and recorded in the audit trail. Cold cases (the store's orders, the highest ids)
/// meet emptied caches at every call (<see cref="ColdCache"/>).
/// </summary>
[BenchmarkCategory("Packing", "Services")]
public class PackingBatchServiceBenchmarks : StoreBenchmark, IResetBeforeEachCall, IColdBeforeEachCall
{
    public const int BatchSize = 200;

    private PluginServices _services;
    private int _batchId;
    private int _batchOrderId;
    private int _acceptedBatchOrderId;
    private int _acceptedItemId;
    private string _acceptedCode;
    private int _overQuantityBatchOrderId;
    private string _overQuantityCode;

    /// <summary>Which orders the batch holds, and the caches each call meets (cold only for the store's case).</summary>
    public static IEnumerable<BatchCase> Cases => new BatchCase[]
    {
        new(BatchOrders.OldestReady, CacheState.Warm),
        new(BatchOrders.HighestIds, CacheState.Warm),
        new(BatchOrders.HighestIds, CacheState.Cold)
    }.Where(batchCase => BenchCaches.Includes(batchCase.Cache));

    [ParamsSource(nameof(Cases))]
    public BatchCase Case { get; set; }

    public bool IsCold => Case.Cache == CacheState.Cold;

    public void MakeCold() => ColdCache.Evict(CacheManager);

    public string ResetSqlFor(string benchmark) => benchmark == nameof(ScanAccepted)
        ? $"UPDATE \"{PackingTables.BatchItem}\" SET \"VerifiedQuantity\" = 1 WHERE \"Id\" = {_acceptedItemId}"
        : null;

    protected override async Task SetupAsync()
    {
        await PluginServices.ResetPackingTablesAsync(Database);
        var administrator = await PackingServiceSetup.AdministratorAsync();
        _services = new PluginServices(Database, CacheManager, administrator);

        _batchId = await PackingBenchData.CreateBatchAsync(Database, _services, administrator.Id, Case.Orders, BatchSize);

        var started = await _services.Get<IPackingWorkflowService>().StartPackingAsync(_batchId);
        if (!started.Succeeded)
            throw new InvalidOperationException($"Packing could not start: {started.ResourceKey}");

        var scan = _services.Get<IPackingScanService>();
        var packOrder = await scan.GetPackOrderAsync(_batchId)
            ?? throw new InvalidOperationException("The benchmark batch has no order to pack.");
        _batchOrderId = packOrder.BatchOrderId;

        // an item of 3 units (accepted scans), and an order of several items of which one is fully ticked (over quantity)
        var items = await _services.Get<IRepository<PackingBatchItem>>().Table
            .Where(item => item.BatchId == _batchId)
            .Select(item => new { item.Id, item.BatchOrderId, item.Quantity })
            .ToListAsync();
        var accepted = items.Where(item => item.Quantity >= 3 && item.BatchOrderId != _batchOrderId).OrderBy(item => item.Id).First();
        _acceptedBatchOrderId = accepted.BatchOrderId;
        _acceptedItemId = accepted.Id;
        _acceptedCode = CodeOf((await scan.GetPackOrderAsync(_batchId, _acceptedBatchOrderId)).Lines.Single(line => line.BatchItemId == _acceptedItemId));
        await ExpectAsync(scan.ScanAsync(_batchId, _acceptedBatchOrderId, _acceptedCode), ScanOutcome.Matched);

        _overQuantityBatchOrderId = items.GroupBy(item => item.BatchOrderId)
            .First(order => order.Count() >= 2 && order.Key != _batchOrderId && order.Key != _acceptedBatchOrderId).Key;
        var overLine = (await scan.GetPackOrderAsync(_batchId, _overQuantityBatchOrderId)).Lines[0];
        _overQuantityCode = CodeOf(overLine);
        for (var unit = 0; unit < overLine.Quantity; unit++)
            await ExpectAsync(scan.ScanAsync(_batchId, _overQuantityBatchOrderId, _overQuantityCode), ScanOutcome.Matched);
        await ExpectAsync(scan.ScanAsync(_batchId, _overQuantityBatchOrderId, _overQuantityCode), ScanOutcome.OverQuantity);
    }

    protected override async Task CleanupAsync()
    {
        _services?.Dispose();
        await PluginServices.ResetPackingTablesAsync(Database);
    }

    /// <summary>Before every call: the accepted scan's item back to 1 ticked unit of 3; cold cases empty the caches.</summary>
    [IterationSetup]
    public void BeforeEachCall()
    {
        if (ResetSqlFor(nameof(ScanAccepted)) is { } reset)
            Database.ExecuteAsync(reset).GetAwaiter().GetResult();
        if (IsCold)
            MakeCold();
    }

    [Benchmark]
    public Task<PickList> PickList200Orders() => _services.Get<IPickListService>().GetPickListAsync(_batchId);

    /// <summary>The pack screen's next order with its lines.</summary>
    [Benchmark]
    public Task<PackOrder> PackOrder() => _services.Get<IPackingScanService>().GetPackOrderAsync(_batchId, _batchOrderId);

    /// <summary>A scan that ticks a unit (the item's second of three): what the packer does all day.</summary>
    [Benchmark]
    public Task<ScanResult> ScanAccepted() =>
        Expect(_services.Get<IPackingScanService>().ScanAsync(_batchId, _acceptedBatchOrderId, _acceptedCode), ScanOutcome.Matched);

    /// <summary>A scan of an item whose units are all ticked: refused, recorded.</summary>
    [Benchmark]
    public Task<ScanResult> ScanOverQuantity() =>
        Expect(_services.Get<IPackingScanService>().ScanAsync(_batchId, _overQuantityBatchOrderId, _overQuantityCode), ScanOutcome.OverQuantity);

    /// <summary>A code the store does not know: refused after the catalog and order-number checks, recorded.</summary>
    [Benchmark]
    public Task<ScanResult> ScanUnknownCode() =>
        Expect(_services.Get<IPackingScanService>().ScanAsync(_batchId, _batchOrderId, "0000000000000"), ScanOutcome.UnknownCode);

    private static string CodeOf(PackLine line) => line.Gtin ?? line.Sku;

    private static async Task ExpectAsync(Task<ScanResult> scanning, ScanOutcome expected) => await Expect(scanning, expected);

    /// <summary>Fails the run when a scan does not end as the benchmark claims to measure.</summary>
    private static async Task<ScanResult> Expect(Task<ScanResult> scanning, ScanOutcome expected)
    {
        var result = await scanning;
        if (result.Outcome != expected)
            throw new InvalidOperationException($"The scan ended {result.Outcome} ({result.ResourceKey}), not {expected}.");
        return result;
    }
}

/// <summary>A batch benchmark's case: which orders the batch holds, and the caches each call meets.</summary>
public sealed record BatchCase(BatchOrders Orders, CacheState Cache)
{
    public override string ToString() => $"{Orders}-{Cache}";
}

internal static class PackingServiceSetup
{
    public static async Task<Customer> AdministratorAsync()
    {
        var email = StoreCatalog.StaffEmails[0];
        return await BenchFixture.Database.Repository<Customer>().Table.FirstOrDefaultAsync(customer => customer.Email == email)
            ?? throw new InvalidOperationException($"The staff customer {email} is missing: seed the database again.");
    }
}
