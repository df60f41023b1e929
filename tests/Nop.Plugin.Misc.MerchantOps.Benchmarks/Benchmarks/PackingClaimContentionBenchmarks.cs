using System.Collections.Concurrent;
using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Nop.Plugin.Misc.MerchantOps.Benchmarks.Infrastructure;
using Nop.Plugin.Misc.MerchantOps.Packing.Services;
using Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;

namespace Nop.Plugin.Misc.MerchantOps.Benchmarks.Benchmarks;

/// <summary>
/// "Next 8 oldest" pressed by <see cref="Claimers"/> packers at the same instant (issue target: each answered in ≤ 1 s
/// with 8 at once, at a million orders and 10,000 ready). Each packer is an application instance of its own
/// (own services, own connections) on a thread of its own, released together by a barrier; one call = one such round,
/// so Mean is the time until the slowest packer had its batch. Each packer's own time is collected too and printed at
/// the end of the case ("per claim"). The call fails unless every packer got 8 orders and no order went to two.
/// Every call starts from empty packing tables.
/// </summary>
[BenchmarkCategory("Packing", "Services")]
public class PackingClaimContentionBenchmarks : StoreBenchmark, IResetBeforeEachCall
{
    private const int PerBatch = 8;

    private readonly ConcurrentBag<double> _claimMs = new();
    private List<PluginServices> _packers;

    [Params(1, 2, 4, 8)]
    public int Claimers { get; set; }

    public string ResetSqlFor(string benchmark) => PluginServices.ResetPackingTablesSql;

    protected override async Task SetupAsync()
    {
        await PluginServices.ResetPackingTablesAsync(Database);
        var administrator = await PackingServiceSetup.AdministratorAsync();
        _packers = Enumerable.Range(0, Claimers).Select(_ => new PluginServices(Database, CacheManager, administrator)).ToList();
    }

    protected override async Task CleanupAsync()
    {
        if (!_claimMs.IsEmpty)
        {
            var times = _claimMs.OrderBy(ms => ms).ToList();
            Console.WriteLine(FormattableString.Invariant(
                $"// per claim, {Claimers} claimer(s): {times.Count} claims, median {times[times.Count / 2]:0.0} ms, p95 {times[(int)(times.Count * 0.95)]:0.0} ms, max {times[^1]:0.0} ms"));
        }
        _packers?.ForEach(packer => packer.Dispose());
        await PluginServices.ResetPackingTablesAsync(Database);
    }

    [IterationSetup]
    public void BeforeEachCall() => Database.ExecuteAsync(PluginServices.ResetPackingTablesSql).GetAwaiter().GetResult();

    [Benchmark]
    public async Task<int> NextEightOldest()
    {
        using var start = new Barrier(Claimers);
        var rounds = _packers.Select(packer => Task.Factory.StartNew(() =>
        {
            start.SignalAndWait();
            var clock = Stopwatch.StartNew();
            var result = packer.Get<IPackingBatchService>().CreateFromOldestAsync(new PackingQueueFilter(), PerBatch).GetAwaiter().GetResult();
            _claimMs.Add(clock.Elapsed.TotalMilliseconds);
            return result;
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();
        var results = await Task.WhenAll(rounds);

        var claimed = results.SelectMany(result => result.ClaimedOrderIds).ToList();
        if (results.Any(result => result.ClaimedOrderIds.Count != PerBatch) || claimed.Distinct().Count() != claimed.Count)
            throw new InvalidOperationException($"claimed {string.Join(" / ", results.Select(result => result.ClaimedOrderIds.Count))} of {PerBatch} each, {claimed.Count - claimed.Distinct().Count()} twice");
        return claimed.Count;
    }
}
