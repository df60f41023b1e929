using NUnit.Framework;
using Nop.Core.Domain.Configuration;
using Nop.Plugin.Misc.MerchantOps.Kpi.Data;
using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;
using Nop.Plugin.Misc.MerchantOps.Planner.Services;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using static Nop.Plugin.Misc.MerchantOps.Tests.Kpi.KpiScenario;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Kpi;

/// <summary>
/// A store's time zone changed after its days were rolled up (Paris → New York): the rollup task rolls them up again in
/// the new zone, once. An order at 23:30 UTC on 20 March is on 21 March in Paris (00:30) and on 20 March in New York
/// (19:30); one at noon UTC is on 20 March in both.
/// </summary>
[TestFixture(DatabaseEngine.Sqlite)]
[TestFixture(DatabaseEngine.PostgreSql)]
[TestFixture(DatabaseEngine.MySql)]
public class KpiTimeZoneChangeTests : DatabaseTestBase
{
    private static readonly DateOnly March20 = new(2026, 3, 20);
    private static readonly DateOnly March21 = new(2026, 3, 21);

    public KpiTimeZoneChangeTests(DatabaseEngine engine) : base(engine)
    {
    }

    [Test]
    public async Task After_a_zone_change_the_task_rolls_the_store_s_days_up_again_in_the_new_zone()
    {
        var store = await BackfilledInParisAsync();
        Assert.That(await OrdersAsync(store), Is.EqualTo((1, 1, "Europe/Paris")), "before: 20 and 21 March in Paris");

        await ZoneAsync(store, "America/New_York");
        await store.App(anotherInstance: true).RollupTask.ExecuteAsync();

        Assert.That(await OrdersAsync(store), Is.EqualTo((2, 0, "America/New_York")), "the 23:30 UTC order is on 20 March in New York");
        var rows = await Database.Repository<KpiSalesDay>().Table.Where(row => row.StoreId == store.Store.Id).ToListAsync();
        Assert.That(rows.Select(row => row.TimeZoneId).Distinct(), Is.EqualTo(new[] { "America/New_York" }), "no row of the old zone is left");
        var progress = await store.App().Progress.GetAsync(store.Store.Id);
        Assert.That((progress.TimeZoneId, progress.FirstOrderDay, progress.BackfillCompletedOnUtc.HasValue), Is.EqualTo(("America/New_York", 20260320, true)));
    }

    [Test]
    public async Task The_restart_happens_once_however_many_runs_and_instances_follow()
    {
        var store = await BackfilledInParisAsync();
        await ZoneAsync(store, "America/New_York");

        var apps = Enumerable.Range(0, 3).Select(_ => store.App(anotherInstance: true)).ToList();
        var restarted = await Race.RunAsync(apps.Select(app => (Func<Task<bool>>)(() =>
            app.Progress.RestartIfZoneChangedAsync(store.Store.Id, app.StoreApp.Get<KpiSalesDayUpsert>()))).ToList());
        Assert.That(restarted.Count(done => done), Is.EqualTo(1), string.Join(", ", restarted));

        await store.App(anotherInstance: true).RollupTask.ExecuteAsync();
        var started = (await store.App().Progress.GetAsync(store.Store.Id)).StartedOnUtc;
        store.Clock.UtcNow = store.Clock.UtcNow.AddMinutes(10);
        await store.App(anotherInstance: true).RollupTask.ExecuteAsync();

        var progress = await store.App().Progress.GetAsync(store.Store.Id);
        Assert.That(progress.StartedOnUtc, Is.EqualTo(started), "not restarted again");
        Assert.That(await OrdersAsync(store), Is.EqualTo((2, 0, "America/New_York")));
    }

    private async Task<KpiScenario> BackfilledInParisAsync()
    {
        var store = await CreateAsync(Database);
        await store.OrderAtAsync(Utc(2026, 3, 20, 12, 0));
        await store.OrderAtAsync(Utc(2026, 3, 20, 23, 30));
        await store.App().RollupTask.ExecuteAsync();
        Assert.That((await store.App().Progress.GetAsync(store.Store.Id)).BackfillCompletedOnUtc, Is.Not.Null, "backfilled in one run");
        return store;
    }

    private async Task ZoneAsync(KpiScenario store, string zoneId)
    {
        var settings = Database.Repository<Setting>();
        var setting = (await settings.Table.Where(s => s.Name == PlannerTimeZones.StoreTimeZoneSettingKey).ToListAsync()).Single();
        setting.Value = zoneId;
        await settings.UpdateAsync(setting);
    }

    /// <summary>The store's orders on 20 and 21 March, and the zone of the 20 March row.</summary>
    private static async Task<(int, int, string)> OrdersAsync(KpiScenario store)
    {
        var first = await store.StoreRowAsync(March20);
        var second = await store.StoreRowAsync(March21);
        return (first.OrderCount, second.OrderCount, first.TimeZoneId);
    }
}
