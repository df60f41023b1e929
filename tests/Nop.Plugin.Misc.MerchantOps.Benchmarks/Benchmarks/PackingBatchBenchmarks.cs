using BenchmarkDotNet.Attributes;
using Nop.Plugin.Misc.MerchantOps.Benchmarks.Infrastructure;
using Nop.Plugin.Misc.MerchantOps.Packing.Factories;
using Nop.Plugin.Misc.MerchantOps.Packing.Models;
using Nop.Plugin.Misc.MerchantOps.Packing.Services;
using Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;

namespace Nop.Plugin.Misc.MerchantOps.Benchmarks.Benchmarks;

/// <summary>
/// The batch page of a 200-order batch (issue target: the page ≤ 300 ms): the server's work before the view renders,
/// through the plugin's own batch service and model factory. The batch is just created (Open, every order Pending:
/// every row offers all its actions) from the oldest ready orders, or from the orders with the highest ids as a
/// store's newest orders are numbered (<see cref="BatchOrders"/>).
/// </summary>
[BenchmarkCategory("Packing", "Services")]
public class PackingBatchPageBenchmarks : StoreBenchmark
{
    public const int BatchSize = 200;

    private PluginServices _services;
    private int _batchId;

    [Params(BatchOrders.OldestReady, BatchOrders.HighestIds)]
    public BatchOrders Orders { get; set; }

    protected override async Task SetupAsync()
    {
        await PluginServices.ResetPackingTablesAsync(Database);
        var administrator = await PackingServiceSetup.AdministratorAsync();
        _services = new PluginServices(Database, CacheManager, administrator);
        _batchId = await PackingBenchData.CreateBatchAsync(Database, _services, administrator.Id, Orders, BatchSize);
    }

    protected override async Task CleanupAsync()
    {
        _services?.Dispose();
        await PluginServices.ResetPackingTablesAsync(Database);
    }

    /// <summary>The batch page's model: batch, 200 order rows with their customers, packers, audit trail.</summary>
    [Benchmark]
    public Task<PackingBatchModel> BatchPage200Orders() => _services.Get<PackingBatchModelFactory>().PrepareBatchModelAsync(_batchId);

    /// <summary>The batch service's part of it: the batch, its order rows and their units.</summary>
    [Benchmark]
    public Task<PackingBatchDetails> BatchDetails200Orders() => _services.Get<IPackingBatchService>().GetBatchAsync(_batchId);
}

/// <summary>
/// Creating a batch (issue target: "next N oldest" with N = 200 ≤ 500 ms; 20 is the setting's default): each call
/// starts from empty packing tables (the queue whole: 10,000 ready orders, or 60,000 on a store seeded with more,
/// where "next N oldest" lets the database sort) and claims N orders with their items.
/// </summary>
[BenchmarkCategory("Packing", "Services")]
public class PackingBatchCreateBenchmarks : StoreBenchmark, IResetBeforeEachCall, IColdBeforeEachCall
{
    private PluginServices _services;
    private int[] _oldest;

    /// <summary>
    /// N, and the caches each call meets: with nopCommerce's static cache warm, a product's attribute combinations come
    /// from memory; with it cold (off), the combinations of each product with attributes are read once per call;
    /// <see cref="CreateCaches.AllCold"/> also empties PostgreSQL's and the OS's caches before each call (<see cref="ColdCache"/>).
    /// </summary>
    public static IEnumerable<CreateCase> Cases => new CreateCase[]
    {
        new(20, CreateCaches.NopCacheCold),
        new(20, CreateCaches.NopCacheWarm),
        new(200, CreateCaches.NopCacheCold),
        new(200, CreateCaches.NopCacheWarm),
        new(200, CreateCaches.AllCold)
    }.Where(createCase => BenchCaches.Includes(createCase.Caches == CreateCaches.AllCold ? CacheState.Cold : CacheState.Warm));

    [ParamsSource(nameof(Cases))]
    public CreateCase Case { get; set; }

    public bool IsCold => Case.Caches == CreateCaches.AllCold;

    public void MakeCold() => ColdCache.Evict(CacheManager);

    public string ResetSqlFor(string benchmark) => PluginServices.ResetPackingTablesSql;

    protected override async Task SetupAsync()
    {
        await PluginServices.ResetPackingTablesAsync(Database);
        CacheManager.Enabled = Case.Caches != CreateCaches.NopCacheCold;
        _services = new PluginServices(Database, CacheManager, await PackingServiceSetup.AdministratorAsync());
        _oldest = await PackingBenchData.OldestReadyOrderIdsAsync(Database, Case.Orders);
    }

    protected override async Task CleanupAsync()
    {
        _services?.Dispose();
        await PluginServices.ResetPackingTablesAsync(Database);
    }

    [IterationSetup]
    public void BeforeEachCall()
    {
        Database.ExecuteAsync(PluginServices.ResetPackingTablesSql).GetAwaiter().GetResult();
        if (IsCold)
            MakeCold();
    }

    /// <summary>The queue's "Next N oldest: create batch".</summary>
    [Benchmark]
    public Task<CreateBatchResult> CreateFromOldest() => Created(_services.Get<IPackingBatchService>().CreateFromOldestAsync(new PackingQueueFilter(), Case.Orders));

    /// <summary>"Create batch from selected orders" with the N oldest ticked.</summary>
    [Benchmark]
    public Task<CreateBatchResult> CreateFromSelection() => Created(_services.Get<IPackingBatchService>().CreateFromSelectionAsync(_oldest));

    private async Task<CreateBatchResult> Created(Task<CreateBatchResult> creating)
    {
        var result = await creating;
        if (result.ClaimedOrderIds.Count != Case.Orders)
            throw new InvalidOperationException($"{result.ClaimedOrderIds.Count} of {Case.Orders} orders claimed: {result.ResourceKey}");
        return result;
    }
}

/// <summary>The caches a batch creation meets.</summary>
public enum CreateCaches
{
    /// <summary>nopCommerce's static cache off (empty at every call); PostgreSQL and the OS warm.</summary>
    NopCacheCold,

    /// <summary>nopCommerce's static cache kept from the calls before; PostgreSQL and the OS warm.</summary>
    NopCacheWarm,

    /// <summary>Every cache emptied before each call (<see cref="ColdCache"/>).</summary>
    AllCold
}

/// <summary>A creation benchmark's case: how many orders, which caches.</summary>
public sealed record CreateCase(int Orders, CreateCaches Caches)
{
    public override string ToString() => $"{Orders}-{Caches}";
}
