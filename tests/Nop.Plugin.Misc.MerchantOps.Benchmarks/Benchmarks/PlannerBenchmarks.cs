using BenchmarkDotNet.Attributes;
using LinqToDB;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Misc.MerchantOps.Benchmarks.Infrastructure;
using Nop.Plugin.Misc.MerchantOps.Planner.Data;
using Nop.Plugin.Misc.MerchantOps.Planner.Domain;
using Nop.Plugin.Misc.MerchantOps.Planner.Factories;
using Nop.Plugin.Misc.MerchantOps.Planner.Models;
using Nop.Plugin.Misc.MerchantOps.Planner.Services;
using Nop.Plugin.Misc.MerchantOps.Planner.Services.Contracts;

namespace Nop.Plugin.Misc.MerchantOps.Benchmarks.Benchmarks;

/// <summary>
/// What the planner's screens read, through the plugin's services, on the 1,000,000-order store with 200 blocks in the
/// current week (<see cref="PlannerBenchData"/>): the week view's data (<see cref="WeekView"/>: the week's blocks and
/// occurrences, and the live counts of every binding they show; target ≤ 50 ms) and the agenda widget's data
/// (<see cref="Agenda"/>: today's occurrences, the late ones and their live counts; target ≤ 20 ms). Not the views'
/// rendering. Cases: <c>Warm-CountsCached</c> (nopCommerce's static cache on: the counts were counted by an earlier
/// call less than a minute ago, as on a busy back office), <c>Warm-CountsCounted</c> (the cache off: every call counts
/// every binding, the worst case of the minute), <c>Cold</c> (every cache emptied before each call, <see cref="ColdCache"/>:
/// the counts are counted on a restarted server). The expansions are memoized per process (PlannerExpansionMemo, keyed
/// by every input): in the cases above nobody edits a block between calls, so every expansion is a memo hit (the usual
/// request). <c>Warm-Edited1</c> edits one block before each call (its version bumped in the database: one miss, 199
/// hits), <c>Warm-EditedAll</c> all 200 (every expansion a miss: the cost without the memo); both with the counts cached.
/// </summary>
[BenchmarkCategory("Planner", "Services")]
public class PlannerBenchmarks : StoreBenchmark, IColdBeforeEachCall
{
    private PluginServices _services;
    private int _storeId;

    public static IEnumerable<PlannerCase> Cases => new PlannerCase[]
    {
        new("Warm-CountsCached", CacheState.Warm, CountsCached: true),
        new("Warm-CountsCounted", CacheState.Warm, CountsCached: false),
        new("Cold", CacheState.Cold, CountsCached: false),
        new("Warm-Edited1", CacheState.Warm, CountsCached: true, EditedBlocks: 1),
        new("Warm-EditedAll", CacheState.Warm, CountsCached: true, EditedBlocks: PlannerBenchData.BlocksInWeek)
    }.Where(plannerCase => BenchCaches.Includes(plannerCase.Cache));

    [ParamsSource(nameof(Cases))]
    public PlannerCase Case { get; set; }

    public bool IsCold => Case.Cache == CacheState.Cold;

    public void MakeCold() => ColdCache.Evict(CacheManager);

    [IterationSetup]
    public void BeforeEachCall()
    {
        if (IsCold)
            MakeCold();
        if (Case.EditedBlocks > 0)
            EditBlocks(Case.EditedBlocks);
    }

    /// <summary>As a save does to the memo's key: the version of the store's first <paramref name="count"/> blocks bumped.</summary>
    private void EditBlocks(int count)
    {
        var blocks = Repository<PlannerBlock>();
        var ids = blocks.Table.Where(block => block.StoreId == _storeId).OrderBy(block => block.Id).Select(block => block.Id).Take(count).ToList();
        blocks.Table.Where(block => ids.Contains(block.Id)).Set(block => block.Version, block => block.Version + 1).Update();
    }

    protected override async Task SetupAsync()
    {
        await PlannerBenchData.PrepareStoreRowsAsync(Database);
        var administrator = await PackingServiceSetup.AdministratorAsync();
        _storeId = Repository<Store>().Table.OrderBy(store => store.Id).First().Id;

        // blocks are created with the cache off (nothing of theirs is cached), then the case's cache is set
        CacheManager.Enabled = false;
        using (var creating = new PluginServices(Database, CacheManager, administrator))
            await PlannerBenchData.CreateWeekAsync(Database, creating, _storeId);

        CacheManager.Enabled = Case.CountsCached;
        _services = new PluginServices(Database, CacheManager, administrator);

        var week = await WeekView();
        if (week.Items != PlannerBenchData.BlocksInWeek || week.Counts != PlannerBenchData.Bindings.Length)
            throw new InvalidOperationException($"The week holds {week.Items} occurrences and {week.Counts} live counts, " +
                $"not {PlannerBenchData.BlocksInWeek} and {PlannerBenchData.Bindings.Length}.");
        var agenda = await Agenda();
        Console.WriteLine($"// Planner: week {week.Items} occurrences, {week.Counts} counts; agenda today {agenda.Items}, late {agenda.Late}, {agenda.Counts} counts");
    }

    protected override async Task CleanupAsync()
    {
        _services?.Dispose();
        await PlannerBenchData.ResetPlannerTablesAsync(Database);
    }

    /// <summary>The week view's data: the week's blocks (200 occurrences) and the live count of every binding among them.</summary>
    [Benchmark]
    public async Task<(int Items, int Counts)> WeekView()
    {
        var week = await _services.Get<IPlannerBlockService>().GetWeekAsync(_storeId, Today());
        var counts = await CountsOf(week.Items);
        return (week.Items.Count, counts.Count);
    }

    /// <summary>The agenda widget's data: today's occurrences (the week read, today kept), the late ones, their live counts.</summary>
    [Benchmark]
    public async Task<(int Items, int Late, int Counts)> Agenda()
    {
        var today = Today();
        var week = await _services.Get<IPlannerBlockService>().GetWeekAsync(_storeId, today);
        var todays = week.Items.Where(item => DateOnly.FromDateTime(item.Occurrence.StartLocal) == today).ToList();
        var late = await _services.Get<IPlannerOccurrenceService>().GetLateAsync(_storeId);
        var counts = await CountsOf(todays.Concat(late));
        return (todays.Count, late.Count, counts.Count);
    }

    /// <summary>Its part: the week's blocks and occurrences alone (IPlannerBlockService.GetWeekAsync).</summary>
    [Benchmark]
    public async Task<int> WeekOnly() => (await _services.Get<IPlannerBlockService>().GetWeekAsync(_storeId, Today())).Items.Count;

    /// <summary>The agenda's other service part: the late occurrences alone (IPlannerOccurrenceService.GetLateAsync, 14 days).</summary>
    [Benchmark]
    public async Task<int> LateOnly() => (await _services.Get<IPlannerOccurrenceService>().GetLateAsync(_storeId)).Count;

    /// <summary>Its other part: the live counts of all seven bindings alone.</summary>
    [Benchmark]
    public async Task<int> CountsOnly() => (await _services.Get<IPlannerLiveCountModelFactory>().PrepareAsync(_storeId, PlannerBenchData.Bindings)).Count;

    private Task<IReadOnlyDictionary<PlannerLiveBinding, PlannerLiveCountModel>> CountsOf(IEnumerable<PlannerWeekItem> items) =>
        _services.Get<IPlannerLiveCountModelFactory>().PrepareAsync(_storeId,
            items.Select(item => (PlannerLiveBinding)item.Block.LiveBindingId).Where(binding => binding != PlannerLiveBinding.None).Distinct().ToList());

    private static DateOnly Today() =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById(PluginServices.BenchTimeZone)));
}

/// <summary>A case of <see cref="PlannerBenchmarks"/>: the caches a call meets.</summary>
public sealed record PlannerCase(string Name, CacheState Cache, bool CountsCached, int EditedBlocks = 0)
{
    public override string ToString() => Name;
}
