using NUnit.Framework;
using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using static Nop.Plugin.Misc.MerchantOps.Tests.Kpi.Capture.CaptureScenario;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Kpi.Capture;

/// <summary>Several app instances at once: rollups of the same day (the schedule task in a web farm), one visitor's requests.</summary>
[TestFixture(DatabaseEngine.PostgreSql)]
[TestFixture(DatabaseEngine.MySql)]
public class KpiTrafficConcurrencyTests : DatabaseTestBase
{
    private const int Racers = 4;

    public KpiTrafficConcurrencyTests(DatabaseEngine engine) : base(engine)
    {
    }

    [Test]
    public async Task Rollups_of_the_same_day_at_the_same_moment_leave_one_funnel_row_and_one_row_per_source_with_the_day_s_totals()
    {
        var store = await CreateAsync(Database);
        var sources = new[] { ("newsletter", "email"), ("blog.example.org", "referral"), (KpiSources.Direct, "") };
        for (var i = 0; i < 30; i++)
        {
            var guest = await store.GuestAsync();
            var (source, medium) = sources[i % 3];
            await store.VisitRowAsync(guest, Today, i % 5 == 0 ? KpiFunnelStep.OrderPlaced : KpiFunnelStep.ProductView, source, medium);
        }

        for (var round = 0; round < 8; round++)
        {
            // each round races on a day not rolled up yet: every racer finds no row and inserts
            await Database.Repository<KpiFunnelDay>().DeleteAsync(f => true);
            await Database.Repository<KpiSourceDay>().DeleteAsync(s => true);
            var apps = Enumerable.Range(0, Racers).Select(_ => store.App()).ToList();
            await Race.RunAsync(apps.Select(app => (Func<Task<bool>>)(() => app.Rollup.RollUpDayAsync(store.Store.Id, new DateOnly(2026, 4, 1)))).ToList());

            var funnel = await store.FunnelRowsAsync();
            Assert.That(funnel.Select(f => (f.VisitorCount, f.ProductViewCount, f.OrderCount)), Is.EqualTo(new[] { (30, 30, 6) }), $"round {round}");
            var rows = await store.SourceRowsAsync(Today);
            Assert.That(rows.Select(r => (r.Source, r.VisitorCount, r.OrderCount)), Is.EqualTo(new[]
            {
                (KpiSources.Direct, 10, 2), ("blog.example.org", 10, 2), ("newsletter", 10, 2)
            }), $"round {round}");
        }
    }

    [Test]
    public async Task One_visitor_s_requests_on_several_instances_at_once_leave_one_row_with_the_furthest_step()
    {
        var store = await CreateAsync(Database);
        for (var round = 0; round < 5; round++)
        {
            var guest = await store.GuestAsync();
            var apps = Enumerable.Range(0, Racers).Select(_ => store.App()).ToList();
            var routes = new[] { "Homepage", "ProductDetails", "CheckoutOnePage", "CategoryProducts" };
            await Race.RunAsync(apps.Select((app, i) => (Func<Task<int>>)(async () =>
            {
                await app.PageViewAsync(guest, routes[i]);
                return i;
            })).ToList());

            var rows = (await store.VisitsAsync()).Where(v => v.CustomerId == guest.Id).ToList();
            Assert.That(rows.Select(r => r.Step), Is.EqualTo(new[] { (int)KpiFunnelStep.CheckoutStarted }), $"round {round}");
            foreach (var app in apps)
                Assert.That(app.StoreApp.Events.ConsumerErrors, Is.Empty);
        }
    }
}
