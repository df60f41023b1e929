using NUnit.Framework;
using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;
using Nop.Plugin.Misc.MerchantOps.Kpi.Services.Contracts;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using static Nop.Plugin.Misc.MerchantOps.Tests.Kpi.KpiScenario;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Kpi;

/// <summary>Rollups and backfills run by several app instances at the same moment (the schedule task in a web farm).</summary>
[TestFixture(DatabaseEngine.PostgreSql)]
[TestFixture(DatabaseEngine.MySql)]
public class KpiConcurrencyTests : DatabaseTestBase
{
    private const int Racers = 4;

    public KpiConcurrencyTests(DatabaseEngine engine) : base(engine)
    {
    }

    [Test]
    public async Task Rollups_of_the_same_day_at_the_same_moment_leave_one_row_per_store_vendor_and_day_with_the_day_s_totals()
    {
        var store = await CreateAsync(Database);
        var days = Enumerable.Range(0, 12).Select(i => new DateOnly(2026, 3, 10).AddDays(i)).ToList();
        foreach (var day in days)
        {
            var noonUtc = day.ToDateTime(new TimeOnly(11, 0), DateTimeKind.Utc);
            await store.OrderAtAsync(noonUtc, lines: [(store.Tea, 2), (store.Mug, 1)]);
            await store.OrderAtAsync(noonUtc.AddHours(1), lines: [(store.Pot, 1)]);
        }

        foreach (var day in days)
        {
            var apps = Enumerable.Range(0, Racers).Select(_ => store.App(anotherInstance: true)).ToList();
            await Race.RunAsync(apps.Select(app => (Func<Task<KpiDayRollup>>)(() => app.Rollup.RollUpDayAsync(store.Store.Id, day))).ToList());

            var rows = await store.RowsOfAsync(day);
            Assert.That(rows.Select(r => r.VendorId), Is.EqualTo(new[] { 0, MugVendorId, PotVendorId }), $"one row each on {day}");
            Assert.That(rows.Select(r => (r.OrderCount, r.Revenue, r.ItemCount)),
                Is.EqualTo(new[] { (2, 85m, 4), (1, 25m, 1), (1, 40m, 1) }), $"the day's totals on {day}, not a multiple");
        }
    }

    [Test]
    public async Task Backfills_started_at_the_same_moment_roll_up_each_day_once_between_them()
    {
        var store = await CreateAsync(Database);
        for (var day = 1; day <= 20; day++)
            await store.OrderAtAsync(Utc(2026, 3, day, 10, 0));
        await store.App().Progress.GetOrStartAsync(store.Store.Id);

        var apps = Enumerable.Range(0, Racers).Select(_ => store.App(anotherInstance: true)).ToList();
        var results = await Race.RunAsync(apps.Select(app => (Func<Task<KpiBackfillResult>>)(() => app.Backfill.RunAsync(store.Store.Id))).ToList());

        var progress = await store.App().Progress.GetAsync(store.Store.Id);
        Assert.That(results.Count(r => r.Outcome == KpiBackfillOutcome.Completed), Is.EqualTo(1), string.Join(", ", results.Select(r => r.Outcome)));
        Assert.That(results.Where(r => r.Outcome != KpiBackfillOutcome.Completed).Select(r => r.Outcome),
            Is.All.AnyOf(KpiBackfillOutcome.HeldByAnotherRun, KpiBackfillOutcome.AlreadyComplete));
        Assert.That(results.Sum(r => r.DaysRolledUp), Is.EqualTo(30), "1 to 30 March, each once (31 March is yesterday: the regular rollup's)");
        Assert.That((progress.BackfillDaysDone, progress.ClaimToken, progress.BackfillCompletedOnUtc.HasValue), Is.EqualTo((30, (Guid?)null, true)));
        Assert.That((await store.StoreRowAsync(new DateOnly(2026, 3, 1))).OrderCount, Is.EqualTo(1));
        Assert.That(KpiDay.Key(new DateOnly(2026, 3, 1)), Is.EqualTo(progress.FirstOrderDay));
    }
}
