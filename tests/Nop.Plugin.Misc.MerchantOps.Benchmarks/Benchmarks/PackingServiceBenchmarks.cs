using BenchmarkDotNet.Attributes;
using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Plugin.Misc.MerchantOps.Benchmarks.Infrastructure;
using Nop.Plugin.Misc.MerchantOps.Benchmarks.Seeding;
using Nop.Plugin.Misc.MerchantOps.Packing.Services;

namespace Nop.Plugin.Misc.MerchantOps.Benchmarks.Benchmarks;

/// <summary>
/// The packing queue through the plugin's own service (Plugin/Packing/Services), with the plugin's migrations (and
/// its IX_MerchantOps_* index) applied: the target "queue page of 50 with its count ≤ 100 ms of server time". The cache is off, so
/// the count is the uncached one (the spec lets the service cache it for a minute).
/// </summary>
[BenchmarkCategory("Packing", "Services")]
public class PackingQueueServiceBenchmarks : StoreBenchmark
{
    private PluginServices _services;
    private IPackingQueueService _queue;

    protected override async Task SetupAsync()
    {
        await PluginServices.ResetPackingTablesAsync(Database);
        _services = new PluginServices(Database, CacheManager, await PackingServiceSetup.AdministratorAsync());
        _queue = _services.Get<IPackingQueueService>();
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
/// A scan writes: an accepted scan ticks a unit, a refused one is recorded in the audit trail. The item code is
/// scanned again and again, so after its first unit it measures the over-quantity refusal, which does the same
/// matching and one write.
/// </summary>
[BenchmarkCategory("Packing", "Services")]
public class PackingBatchServiceBenchmarks : StoreBenchmark
{
    public const int BatchSize = 200;

    private PluginServices _services;
    private int _batchId;
    private int _batchOrderId;
    private string _itemCode;

    [Params(BatchOrders.OldestReady, BatchOrders.HighestIds)]
    public BatchOrders Orders { get; set; }

    protected override async Task SetupAsync()
    {
        await PluginServices.ResetPackingTablesAsync(Database);
        var administrator = await PackingServiceSetup.AdministratorAsync();
        _services = new PluginServices(Database, CacheManager, administrator);

        _batchId = await PackingBenchData.CreateBatchAsync(Database, _services, administrator.Id, Orders, BatchSize);

        var started = await _services.Get<IPackingWorkflowService>().StartPackingAsync(_batchId);
        if (!started.Succeeded)
            throw new InvalidOperationException($"Packing could not start: {started.ResourceKey}");

        var packOrder = await _services.Get<IPackingScanService>().GetPackOrderAsync(_batchId)
            ?? throw new InvalidOperationException("The benchmark batch has no order to pack.");
        _batchOrderId = packOrder.BatchOrderId;
        var line = packOrder.Lines[0];
        _itemCode = line.Gtin ?? line.Sku;
    }

    protected override async Task CleanupAsync()
    {
        _services?.Dispose();
        await PluginServices.ResetPackingTablesAsync(Database);
    }

    [Benchmark]
    public Task<PickList> PickList200Orders() => _services.Get<IPickListService>().GetPickListAsync(_batchId);

    /// <summary>The pack screen's next order with its lines.</summary>
    [Benchmark]
    public Task<PackOrder> PackOrder() => _services.Get<IPackingScanService>().GetPackOrderAsync(_batchId, _batchOrderId);

    [Benchmark]
    public Task<ScanResult> ScanItemCode() => _services.Get<IPackingScanService>().ScanAsync(_batchId, _batchOrderId, _itemCode);

    [Benchmark]
    public Task<ScanResult> ScanUnknownCode() => _services.Get<IPackingScanService>().ScanAsync(_batchId, _batchOrderId, "0000000000000");
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
