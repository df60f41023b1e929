using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Nop.Core;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Misc.MerchantOps.Benchmarks.Infrastructure;
using Nop.Plugin.Misc.MerchantOps.Kpi.Factories;
using Nop.Plugin.Misc.MerchantOps.Kpi.Models;
using Nop.Plugin.Misc.MerchantOps.Kpi.Services;
using Nop.Plugin.Misc.MerchantOps.Planner.Factories;
using Nop.Plugin.Misc.MerchantOps.Planner.Models;
using Nop.Services.Common;

namespace Nop.Plugin.Misc.MerchantOps.Benchmarks.Benchmarks;

/// <summary>
/// The KPI dashboard cards and the Today screen (issue 14: each card ≤ 20 ms, Today ≤ 300 ms, server time), as their
/// view components build them: the whole model of each card from the plugin's <see cref="KpiDashboardModelFactory"/>
/// and every service it calls, composed by the plugin's own INopStartup registrations (<see cref="PluginServices"/>)
/// over the 1,000,000-order store with its rollup rows (<see cref="KpiWidgetBenchData"/>, `kpi-data`) and the
/// planner's week of 200 blocks (<see cref="PlannerBenchData"/>). The user is the store's administrator (every
/// permission: Packing, Replies, current carts, Planner), store 1, Europe/Paris, clock 7 December 2026 09:00 local.
/// Not the views' rendering.
/// <para>
/// The abandoned-cart reader gets its own clock one day later (8 December 09:00 local): nopdata.sh's cart items were
/// all changed 0–8 hours before the bench's "now", younger than the 24 hours after which a cart counts as abandoned,
/// so at the bench's own "now" the window would hold none; a day later it holds every one of them (the worst case:
/// each cart's customer is checked for the Registered role and for an order since).
/// </para>
/// Cases: <c>Warm</c> (nopCommerce's static cache on and filled by an earlier call: the plugin's one-minute caches of
/// the abandoned carts, Operations and the planner's live counts hit, as within the minute after a request);
/// <c>Expired</c> (the static cache emptied before each call: the first request after the one-minute caches expired,
/// every underlying query runs; PostgreSQL warm); <c>Cold</c> (<see cref="ColdCache"/>: also the PostgreSQL server
/// restarted with its files out of the OS page cache, new connections). <c>Expired-CartsByTask</c>: as Expired, but with
/// the abandoned carts counted by the rollup task's last run (<see cref="KpiAbandonedCartReader.RefreshAsync"/>, before
/// the call, not measured): what a request meets once the task has run.
/// </summary>
[BenchmarkCategory("Kpi", "KpiCards")]
public class KpiCardBenchmarks : StoreBenchmark, IColdBeforeEachCall
{
    public static readonly DateTime NowUtc = KpiBenchServices.Now;

    private PluginServices _services;
    private int _storeId;

    public static IEnumerable<KpiCardCase> Cases => new KpiCardCase[]
    {
        new("Warm", CacheState.Warm, EmptyCacheBeforeCall: false),
        new("Expired", CacheState.Warm, EmptyCacheBeforeCall: true),
        new("Expired-CartsByTask", CacheState.Warm, EmptyCacheBeforeCall: true, CartsCountedByTask: true),
        new("Cold", CacheState.Cold, EmptyCacheBeforeCall: true)
    }.Where(cardCase => BenchCaches.Includes(cardCase.Cache));

    [ParamsSource(nameof(Cases))]
    public KpiCardCase Case { get; set; }

    /// <summary>True for Expired too, so that the DB-time probe empties the caches before the call it records.</summary>
    public bool IsCold => Case.EmptyCacheBeforeCall;

    public void MakeCold()
    {
        if (Case.Cache == CacheState.Cold)
            ColdCache.Evict(CacheManager);
        else
            CacheManager.ClearAsync().GetAwaiter().GetResult();
        // the rollup task's count of the abandoned carts, as its last run left it (not measured)
        if (Case.CartsCountedByTask)
            _services.Get<KpiAbandonedCartReader>().RefreshAsync(_storeId).GetAwaiter().GetResult();
    }

    [IterationSetup]
    public void BeforeEachCall()
    {
        if (IsCold)
            MakeCold();
    }

    protected override async Task SetupAsync()
    {
        await KpiWidgetBenchData.EnsureAsync(Database, CacheManager);
        await PlannerBenchData.PrepareStoreRowsAsync(Database);
        var administrator = await PackingServiceSetup.AdministratorAsync();
        var store = Repository<Store>().Table.OrderBy(row => row.Id).First();
        _storeId = store.Id;

        // the planner's week, made with the cache off (as the planner benchmarks make it)
        CacheManager.Enabled = false;
        await PlannerBenchData.ResetPlannerTablesAsync(Database);
        using (var creating = new PluginServices(Database, CacheManager, administrator))
            await PlannerBenchData.CreateWeekAsync(Database, creating, _storeId);

        CacheManager.Enabled = true;
        _services = new PluginServices(Database, CacheManager, administrator, services =>
        {
            var clock = new KpiBenchClock(NowUtc);
            services.AddSingleton<TimeProvider>(clock);
            var storeContext = new Mock<IStoreContext>();
            storeContext.Setup(context => context.GetCurrentStoreAsync()).ReturnsAsync(store);
            storeContext.Setup(context => context.GetActiveStoreScopeConfigurationAsync()).ReturnsAsync(0);
            services.AddSingleton(storeContext.Object);
            // the admin's dashboard attributes (collapsed cards, the agenda's "mine only"): none set (in memory)
            services.AddSingleton(new Mock<IGenericAttributeService>().Object);
            services.AddScoped(provider => new KpiAbandonedCartReader(provider.GetRequiredService<KpiAbandonedCartQuery>(),
                provider.GetRequiredService<Nop.Core.Caching.IStaticCacheManager>(), new KpiBenchClock(NowUtc.AddDays(1))));
        });

        var yesterday = await Yesterday();
        var todo = await Todo();
        var funnel = await Funnel();
        var operations = await Operations();
        var agenda = await Agenda();
        var carts = await AbandonedCartQuery();
        Console.WriteLine($"// KPI cards: yesterday {yesterday.DayText}, {yesterday.Figures.Count} figures ({yesterday.Figures[0].Value} orders; backfill: {yesterday.BackfillText ?? "complete"}); " +
            $"to do: {string.Join("; ", todo.Items.Select(item => $"{item.Id} {item.Count}"))}; funnel {funnel.PeriodText}: {funnel.Steps[0].Count} visitors, leak {funnel.LeakText}; " +
            $"operations: {string.Join("; ", operations.Lines.Select(line => line.Text))}; agenda {agenda.Items.Count} today, {agenda.Late.Count} late shown; " +
            $"abandoned carts {carts.Count} worth {carts.Value:0.00}");
        if (yesterday.Figures[0].Value == "0" || funnel.Steps[0].Count == "0" || carts.Count == 0 || agenda.Items.Count == 0)
            throw new InvalidOperationException("the cards read nothing: run `kpi-data` (and `seed`) first");
    }

    protected override async Task CleanupAsync()
    {
        _services?.Dispose();
        await PlannerBenchData.ResetPlannerTablesAsync(Database);
    }

    private KpiDashboardModelFactory Factory => _services.Get<KpiDashboardModelFactory>();

    /// <summary>Yesterday at a glance: 29 day rows, the progress row, the texts.</summary>
    [Benchmark]
    public Task<KpiYesterdayModel> Yesterday() => Factory.PrepareYesterdayAsync();

    /// <summary>To do today: the planner's four live counts and the abandoned carts (each cached one minute).</summary>
    [Benchmark]
    public Task<KpiTodoModel> Todo() => Factory.PrepareTodoAsync();

    /// <summary>The To do card's abandoned-cart statement alone, never cached (what an expired minute costs the card).</summary>
    [Benchmark]
    public Task<(int Count, decimal Value)> AbandonedCartQuery() =>
        _services.Get<KpiAbandonedCartQuery>().CountAsync(_storeId, NowUtc.AddDays(1));

    /// <summary>The Funnel card, 7 days and the 7 before.</summary>
    [Benchmark]
    public Task<KpiFunnelModel> Funnel() => Factory.PrepareFunnelAsync(KpiDashboardDefaults.DefaultFunnelDays);

    /// <summary>The Operations card: Packing's throughput and paid-to-shipped, Replies' usage (cached one minute).</summary>
    [Benchmark]
    public Task<KpiOperationsModel> Operations() => Factory.PrepareOperationsAsync();

    /// <summary>The planner's agenda card (its own model factory), shown on Today and on the dashboard.</summary>
    [Benchmark]
    public Task<PlannerAgendaModel> Agenda() => _services.Get<PlannerAgendaModelFactory>().PrepareAsync();

    /// <summary>
    /// The Today screen's data: what its controller reads (store, Planner permission) and every card its view renders,
    /// in its order: Yesterday, To do, the agenda, Funnel.
    /// </summary>
    [Benchmark]
    public async Task<int> TodayScreen()
    {
        var store = await _services.Get<IStoreContext>().GetCurrentStoreAsync();
        var showAgenda = await _services.Get<Nop.Services.Security.IPermissionService>().AuthorizeAsync(MerchantOpsDefaults.Permissions.Planner);
        var factory = Factory;
        var yesterday = await factory.PrepareYesterdayAsync();
        var todo = await factory.PrepareTodoAsync();
        var agenda = showAgenda ? await _services.Get<PlannerAgendaModelFactory>().PrepareAsync() : null;
        var funnel = await factory.PrepareFunnelAsync(KpiDashboardDefaults.DefaultFunnelDays);
        return store.Id + yesterday.Figures.Count + todo.Items.Count + (agenda?.Items.Count ?? 0) + funnel.Steps.Count;
    }

    /// <summary>The dashboard zone's plugin part: the agenda, the four cards and the slow-cards offer.</summary>
    [Benchmark]
    public async Task<int> DashboardCards()
    {
        var factory = Factory;
        var agenda = await _services.Get<PlannerAgendaModelFactory>().PrepareAsync();
        var yesterday = await factory.PrepareYesterdayAsync();
        var todo = await factory.PrepareTodoAsync();
        var funnel = await factory.PrepareFunnelAsync(KpiDashboardDefaults.DefaultFunnelDays);
        var operations = await factory.PrepareOperationsAsync();
        var slowCards = await factory.PrepareSlowCardsAsync();
        return agenda.Items.Count + yesterday.Figures.Count + todo.Items.Count + funnel.Steps.Count + operations.Lines.Count + slowCards.Total;
    }
}

/// <summary>A case of <see cref="KpiCardBenchmarks"/>: the caches a call meets.</summary>
public sealed record KpiCardCase(string Name, CacheState Cache, bool EmptyCacheBeforeCall, bool CartsCountedByTask = false)
{
    public override string ToString() => Name;
}
