using BenchmarkDotNet.Attributes;
using Nop.Plugin.Misc.MerchantOps.Benchmarks.Infrastructure;
using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;
using Nop.Plugin.Misc.MerchantOps.Kpi.Services.Contracts;

namespace Nop.Plugin.Misc.MerchantOps.Benchmarks.Benchmarks;

/// <summary>
/// One day's sales rollup of the big store's first store (about 1,000 orders a day, two vendors): the SQL aggregates
/// over Order and OrderItem and the upserts of the store's and the vendors' rows — the unit of the schedule task and of
/// the backfill. Warm caches only.
/// </summary>
[BenchmarkCategory("Kpi")]
public class KpiRollupDayBenchmarks : StoreBenchmark
{
    private static readonly DateOnly Day = new(2026, 11, 5);
    private KpiBenchServices _services;

    protected override async Task SetupAsync()
    {
        await KpiBenchServices.ResetAsync(Database);
        _services = new KpiBenchServices(Database, CacheManager);

        var rollup = await RollUpOneDay();
        if (rollup.Store.OrderCount == 0 || rollup.Vendors.Count == 0)
            throw new InvalidOperationException($"{Day} of store 1 has no orders or no vendor lines: not a typical day.");
        Console.WriteLine($"// {Day}: {rollup.Store.OrderCount} orders, {rollup.Store.Revenue:0.00} revenue, {rollup.Store.ItemCount} items, " +
            $"{rollup.Store.NewCustomerCount} new / {rollup.Store.ReturningCustomerCount} returning, {rollup.Vendors.Count} vendors, " +
            $"window {rollup.Window.StartUtc:u} – {rollup.Window.EndUtc:u}");
    }

    protected override Task CleanupAsync() => KpiBenchServices.ResetAsync(Database);

    [Benchmark]
    public Task<KpiDayRollup> RollUpOneDay() => _services.Rollup.RollUpDayAsync(1, Day);
}

/// <summary>
/// One run of the backfill as the schedule task makes it after an install on the big store: the first chunk of
/// <see cref="KpiLimits.BackfillDaysPerRun"/> days of store 1 (about 1,000 orders a day), claimed, rolled up day by day
/// with the progress moved after each, from truncated KPI tables each time. The whole backfill (1,000,000 orders, both
/// stores: 1,458 store-days in 26 such runs) takes too long for BenchmarkDotNet's in-process runs (its 5-minute limit);
/// its time is in Kpi/README.md.
/// </summary>
[BenchmarkCategory("Kpi")]
[WarmupCount(1)]
[IterationCount(3)]
[InvocationCount(1)]
public class KpiBackfillBenchmarks : StoreBenchmark
{
    private KpiBenchServices _services;

    protected override Task SetupAsync()
    {
        _services = new KpiBenchServices(Database, CacheManager);
        return Task.CompletedTask;
    }

    [IterationSetup]
    public void EmptyTables() => KpiBenchServices.ResetAsync(Database).GetAwaiter().GetResult();

    protected override Task CleanupAsync() => KpiBenchServices.ResetAsync(Database);

    [Benchmark]
    public async Task<KpiBackfillResult> BackfillOneRun()
    {
        var result = await _services.Backfill.RunAsync(1);
        if (result.Outcome != KpiBackfillOutcome.Progressed || result.DaysRolledUp != KpiLimits.BackfillDaysPerRun)
            throw new InvalidOperationException($"the first run ended {result.Outcome} after {result.DaysRolledUp} days");
        return result;
    }
}
