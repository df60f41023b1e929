using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.ScheduleTasks;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;
using Nop.Plugin.Misc.MerchantOps.Kpi.Services;
using Nop.Plugin.Misc.MerchantOps.Kpi.Services.Contracts;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Nop.Plugin.Misc.MerchantOps.Tests.Infrastructure;
using static Nop.Plugin.Misc.MerchantOps.Tests.Kpi.KpiScenario;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Kpi;

[TestFixture(DatabaseEngine.Sqlite)]
[TestFixture(DatabaseEngine.PostgreSql)]
[TestFixture(DatabaseEngine.MySql)]
public class KpiBackfillTests : DatabaseTestBase
{
    public KpiBackfillTests(DatabaseEngine engine) : base(engine)
    {
    }

    /// <summary>Orders on 20 to 30 March (the clock is on 1 April: 31 March is yesterday), two on even days.</summary>
    private async Task<KpiScenario> StoreWithElevenDaysAsync()
    {
        var store = await CreateAsync(Database);
        for (var day = 20; day <= 30; day++)
            for (var n = 0; n < (day % 2 == 0 ? 2 : 1); n++)
                await store.OrderAtAsync(Utc(2026, 3, day, 9, n));
        return store;
    }

    [Test]
    public async Task The_backfill_walks_back_from_the_day_before_yesterday_in_chunks_and_completes_at_the_oldest_order()
    {
        var store = await StoreWithElevenDaysAsync();

        var first = await store.App().Backfill.RunAsync(store.Store.Id, maxDays: 4);
        var second = await store.App().Backfill.RunAsync(store.Store.Id, maxDays: 4);
        var third = await store.App().Backfill.RunAsync(store.Store.Id, maxDays: 4);
        var fourth = await store.App().Backfill.RunAsync(store.Store.Id, maxDays: 4);

        Assert.That((first.Outcome, first.DaysRolledUp, first.NextDay), Is.EqualTo((KpiBackfillOutcome.Progressed, 4, 20260326)));
        Assert.That((second.Outcome, second.DaysRolledUp, second.NextDay), Is.EqualTo((KpiBackfillOutcome.Progressed, 4, 20260322)));
        Assert.That((third.Outcome, third.DaysRolledUp, third.DaysDone, third.FirstOrderDay), Is.EqualTo((KpiBackfillOutcome.Completed, 3, 11, 20260320)));
        Assert.That(fourth.Outcome, Is.EqualTo(KpiBackfillOutcome.AlreadyComplete));
        var counts = new List<int>();
        for (var day = 20; day <= 30; day++)
            counts.Add((await store.StoreRowAsync(new DateOnly(2026, 3, day))).OrderCount);
        Assert.That(counts, Is.EqualTo(Enumerable.Range(20, 11).Select(day => day % 2 == 0 ? 2 : 1)));
        Assert.That(await store.RowsOfAsync(new DateOnly(2026, 3, 31)), Is.Empty, "yesterday is the regular rollup's");
    }

    [Test]
    public async Task A_backfill_interrupted_by_an_error_resumes_at_the_day_it_was_on_and_ends_with_every_day_right()
    {
        var store = await StoreWithElevenDaysAsync();
        FailingRollup.FailOn = new DateOnly(2026, 3, 25);
        var failing = new KpiApp(Database, store.Clock, replace: services =>
        {
            services.AddScoped<KpiRollupService>();
            services.AddScoped<IKpiRollupService, FailingRollup>();
        });

        Assert.ThrowsAsync<TimeoutException>(() => failing.Backfill.RunAsync(store.Store.Id));
        var interrupted = await store.App().Progress.GetAsync(store.Store.Id);
        var resumed = await store.App().Backfill.RunAsync(store.Store.Id);

        Assert.That((interrupted.BackfillNextDay, interrupted.BackfillDaysDone, interrupted.ClaimToken), Is.EqualTo((20260325, 5, (Guid?)null)),
            "30 to 26 March done, the claim given back");
        Assert.That((resumed.Outcome, resumed.DaysRolledUp, resumed.DaysDone), Is.EqualTo((KpiBackfillOutcome.Completed, 6, 11)));
        await AssertEveryDayMatchesAFreshRollupAsync(store);
    }

    [Test]
    public async Task A_backfill_whose_run_died_holding_it_is_taken_over_once_the_claim_lapses_and_resumes_where_it_stopped()
    {
        var store = await StoreWithElevenDaysAsync();
        await store.App().Backfill.RunAsync(store.Store.Id, maxDays: 3);
        // a run that claimed the backfill and then died (process killed): its claim stays in the row
        var progress = await store.App().Progress.GetAsync(store.Store.Id);
        progress.ClaimToken = Guid.NewGuid();
        progress.ClaimExpiresOnUtc = store.Clock.UtcNow + KpiLimits.ClaimLease;
        await Database.Repository<KpiRollupProgress>().UpdateAsync(progress);

        var whileHeld = await store.App().Backfill.RunAsync(store.Store.Id);
        store.Clock.Advance(KpiLimits.ClaimLease + TimeSpan.FromSeconds(1));
        var afterLapse = await store.App().Backfill.RunAsync(store.Store.Id);

        Assert.That((whileHeld.Outcome, whileHeld.DaysRolledUp), Is.EqualTo((KpiBackfillOutcome.HeldByAnotherRun, 0)));
        Assert.That((afterLapse.Outcome, afterLapse.DaysRolledUp, afterLapse.DaysDone), Is.EqualTo((KpiBackfillOutcome.Completed, 8, 11)));
        await AssertEveryDayMatchesAFreshRollupAsync(store);
    }

    [Test]
    public async Task The_task_rolls_up_today_and_yesterday_of_every_store_and_starts_the_backfill()
    {
        var store = await StoreWithElevenDaysAsync();
        var second = new Store { Name = "Second shop", Url = "https://second.test/", Hosts = "second.test" };
        await Database.Repository<Store>().InsertAsync(second);
        await store.OrderAtAsync(Utc(2026, 3, 31, 9, 0), o => o.StoreId = second.Id);
        await store.OrderAtAsync(Utc(2026, 4, 1, 7, 0)); // today, 09:00 in Paris

        await store.App().RollupTask.ExecuteAsync();

        Assert.That((await store.StoreRowAsync(new DateOnly(2026, 4, 1))).OrderCount, Is.EqualTo(1));
        Assert.That((await store.RowsOfAsync(new DateOnly(2026, 3, 31), allStores: true)).Select(r => (r.StoreId, r.OrderCount)),
            Is.EquivalentTo(new[] { (store.Store.Id, 0), (second.Id, 1) }));
        var progress = await store.App().Progress.GetAsync(store.Store.Id);
        Assert.That((progress.BackfillDaysDone, progress.BackfillCompletedOnUtc.HasValue), Is.EqualTo((11, true)));
    }

    [Test]
    public async Task A_refund_made_after_its_day_was_rolled_up_reaches_the_day_at_the_next_local_day_s_refresh_once()
    {
        var store = await StoreWithElevenDaysAsync();
        await store.App().RollupTask.ExecuteAsync();
        var placed = Utc(2026, 3, 30, 9, 0);
        var order = await Database.Repository<Order>().Table.FirstAsync(o => o.CreatedOnUtc == placed);
        order.RefundedAmount = 4m;
        await Database.Repository<Order>().UpdateAsync(order);

        var sameDay = await store.App().Rollup.RollUpRecentAsync(store.Store.Id);
        var beforeRefresh = (await store.StoreRowAsync(new DateOnly(2026, 3, 30))).RefundedAmount;
        store.Clock.Advance(TimeSpan.FromDays(1));
        var nextDay = await store.App().Rollup.RollUpRecentAsync(store.Store.Id);
        var again = await store.App().Rollup.RollUpRecentAsync(store.Store.Id);

        Assert.That((sameDay, beforeRefresh), Is.EqualTo((2, 0m)), "the refresh ran once already today");
        Assert.That((await store.StoreRowAsync(new DateOnly(2026, 3, 30))).RefundedAmount, Is.EqualTo(4m));
        Assert.That((nextDay, again), Is.EqualTo((2 + 12, 2)),
            "today (2 April), yesterday, then 31 back to 20 March (the oldest order); once a day");
    }

    [Test]
    public async Task Install_adds_the_rollup_task_once_and_update_keeps_one()
    {
        await using var store = await PluginStore.CreateAsync(Engine);

        await store.InstallPluginSucceedsAsync();
        await store.CreatePlugin().UpdateAsync("1.0.0", "1.1.0");

        var rows = await store.Database.Repository<ScheduleTask>().Table.Where(t => t.Type == KpiTaskInstaller.TaskType).ToListAsync();
        Assert.That(rows.Select(t => (t.Seconds, t.Enabled, t.StopOnError)), Is.EqualTo(new[] { (KpiLimits.TaskSeconds, true, false) }));
        Assert.That(AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetType(KpiTaskInstaller.TaskType)).Where(t => t != null),
            Is.EqualTo(new[] { typeof(KpiRollupTask) }), "nopCommerce's runner finds the task by this name among the loaded assemblies");
    }

    private async Task AssertEveryDayMatchesAFreshRollupAsync(KpiScenario store)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        for (var day = 20; day <= 30; day++)
        {
            var date = new DateOnly(2026, 3, day);
            var expected = await store.App().Query.StoreAsync(store.Store.Id, KpiDay.Window(date, zone));
            Assert.That(KpiSalesFigures.Of(await store.StoreRowAsync(date)), Is.EqualTo(expected), date.ToString());
        }
    }
}
