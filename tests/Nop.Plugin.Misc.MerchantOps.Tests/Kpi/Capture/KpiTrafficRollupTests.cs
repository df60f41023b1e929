using NUnit.Framework;
using Nop.Core.Domain.Configuration;
using Nop.Plugin.Misc.MerchantOps.Kpi.Capture;
using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;
using Nop.Plugin.Misc.MerchantOps.Kpi.Services;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using static Nop.Plugin.Misc.MerchantOps.Tests.Kpi.Capture.CaptureScenario;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Kpi.Capture;

/// <summary>The funnel and source rollups of captured days, and the retention of raw rows, on each engine.</summary>
[TestFixture(DatabaseEngine.Sqlite)]
[TestFixture(DatabaseEngine.PostgreSql)]
[TestFixture(DatabaseEngine.MySql)]
public class KpiTrafficRollupTests : DatabaseTestBase
{
    private static readonly DateOnly April1 = new(2026, 4, 1);

    public KpiTrafficRollupTests(DatabaseEngine engine) : base(engine)
    {
    }

    [Test]
    public async Task A_day_s_funnel_counts_visitors_at_each_step_or_further_and_its_sources_visitors_and_orders()
    {
        var store = await CreateAsync(Database);
        await SevenVisitorsAsync(store);

        Assert.That(await store.App().Rollup.RollUpDayAsync(store.Store.Id, April1), Is.True);

        var funnel = (await store.FunnelRowsAsync()).Single();
        Assert.That((funnel.LocalDay, funnel.VisitorCount, funnel.ProductViewCount, funnel.AddToCartCount, funnel.CheckoutCount, funnel.OrderCount),
            Is.EqualTo((Today, 7, 6, 4, 2, 1)), "product 0-5, cart 0, 1, 2, 4, checkout 0-1, order 0");
        Assert.That(funnel.TimeZoneId, Is.EqualTo("Europe/Paris"));
        Assert.That((await store.SourceRowsAsync(Today)).Select(s => (s.Source, s.Medium, s.Campaign, s.VisitorCount, s.OrderCount)), Is.EqualTo(new[]
        {
            (KpiSources.Direct, "", "", 3, 0),
            ("blog.example.org", "referral", "", 1, 0),
            ("newsletter", "email", "spring", 3, 1)
        }));
    }

    [Test]
    public async Task Re_running_a_day_gives_the_same_rows_and_drops_sources_no_longer_there()
    {
        var store = await CreateAsync(Database);
        var visitors = await SevenVisitorsAsync(store);
        var app = store.App();
        await app.Rollup.RollUpDayAsync(store.Store.Id, April1);
        var first = (await store.FunnelRowsAsync()).Single();

        await app.Rollup.RollUpDayAsync(store.Store.Id, April1);
        var again = (await store.FunnelRowsAsync()).Single();
        Assert.That((again.Id, again.VisitorCount, again.ProductViewCount, again.OrderCount), Is.EqualTo((first.Id, first.VisitorCount, first.ProductViewCount, first.OrderCount)));
        Assert.That(await store.SourceRowsAsync(Today), Has.Count.EqualTo(3));

        // the blog's only visitor's row goes (a customer deleted): its source row goes too
        var blogVisitor = visitors[3];
        await Database.Repository<KpiVisit>().DeleteAsync(v => v.CustomerId == blogVisitor.Id);
        await app.Rollup.RollUpDayAsync(store.Store.Id, April1);
        Assert.That((await store.SourceRowsAsync(Today)).Select(s => s.Source), Is.EqualTo(new[] { KpiSources.Direct, "newsletter" }));
        Assert.That((await store.FunnelRowsAsync()).Single().VisitorCount, Is.EqualTo(6));
    }

    [Test]
    public async Task A_day_without_traffic_is_a_row_of_zeros_and_no_source()
    {
        var store = await CreateAsync(Database);

        await store.App().Rollup.RollUpDayAsync(store.Store.Id, April1);

        var funnel = (await store.FunnelRowsAsync()).Single();
        Assert.That((funnel.VisitorCount, funnel.ProductViewCount, funnel.AddToCartCount, funnel.CheckoutCount, funnel.OrderCount), Is.EqualTo((0, 0, 0, 0, 0)));
        Assert.That(await store.SourceRowsAsync(Today), Is.Empty);
    }

    [Test]
    public async Task Captured_traffic_rolled_up_by_the_schedule_task_for_today_and_yesterday()
    {
        var store = await CreateAsync(Database);
        var app = store.App();
        var (ada, bob) = (await store.GuestAsync(), await store.GuestAsync());
        store.Clock.UtcNow = Now.AddDays(-1);
        await app.PageViewAsync(ada, "ProductDetails", query: "?utm_source=newsletter&utm_medium=email");
        store.Clock.UtcNow = Now;
        await app.PageViewAsync(ada);
        await app.PageViewAsync(bob, "CheckoutOnePage", referrer: "https://www.blog.example.org/");
        await app.OrderPlacedAsync(bob, store.OrderOf(bob));

        await app.StoreApp.Get<KpiRollupTask>().ExecuteAsync();

        Assert.That((await store.FunnelRowsAsync()).Select(f => (f.LocalDay, f.VisitorCount, f.ProductViewCount, f.OrderCount)),
            Is.EqualTo(new[] { (20260331, 1, 1, 0), (Today, 2, 1, 1) }));
        Assert.That((await store.SourceRowsAsync(20260331)).Select(s => (s.Source, s.VisitorCount)), Is.EqualTo(new[] { ("newsletter", 1) }));
        Assert.That((await store.SourceRowsAsync(Today)).Select(s => (s.Source, s.VisitorCount, s.OrderCount)),
            Is.EqualTo(new[] { (KpiSources.Direct, 1, 0), ("blog.example.org", 1, 1) }));
    }

    [Test]
    public async Task Retention_deletes_raw_rows_older_than_the_setting_and_their_days_are_never_rolled_up_again_to_zeros()
    {
        var store = await CreateAsync(Database);
        await Database.Repository<Setting>().InsertAsync(new Setting { Name = "merchantopssettings.kpivisitretentiondays", Value = "10", StoreId = 0 });
        var guest = await store.GuestAsync();
        var other = await store.GuestAsync();
        var old = KpiDay.Key(April1.AddDays(-11));
        var kept = KpiDay.Key(April1.AddDays(-10));
        await store.VisitRowAsync(guest, old, KpiFunnelStep.OrderPlaced);
        await store.VisitRowAsync(other, old, KpiFunnelStep.Visit);
        await store.VisitRowAsync(guest, kept, KpiFunnelStep.Visit);
        var app = store.App();
        Assert.That(await app.Rollup.RollUpDayAsync(store.Store.Id, April1.AddDays(-11)), Is.False, "past the retention: not rolled up");
        await Database.Repository<Nop.Plugin.Misc.MerchantOps.Kpi.Domain.KpiFunnelDay>().InsertAsync(new KpiFunnelDay
        {
            StoreId = store.Store.Id, LocalDay = old, VisitorCount = 2, ProductViewCount = 1, AddToCartCount = 1, CheckoutCount = 1, OrderCount = 1,
            TimeZoneId = "Europe/Paris", ComputedOnUtc = Now.AddDays(-10)
        });

        var run = await app.Rollup.RunAsync(store.Store.Id);

        Assert.That((run.DaysRolledUp, run.RowsDeleted, run.MoreToDelete), Is.EqualTo((2, 2, false)));
        Assert.That((await store.VisitsAsync()).Select(v => v.LocalDay), Is.EqualTo(new[] { kept }));
        Assert.That(await app.Rollup.RollUpDayAsync(store.Store.Id, April1.AddDays(-11)), Is.False);

        // a longer retention later: the day is inside it again, but its rows are gone: the rolled-up figures stay
        var setting = Database.Repository<Setting>().Table.Single(s => s.Name == "merchantopssettings.kpivisitretentiondays");
        setting.Value = "90";
        await Database.Repository<Setting>().UpdateAsync(setting);
        Assert.That(await store.App().Rollup.RollUpDayAsync(store.Store.Id, April1.AddDays(-11)), Is.False);
        var funnel = (await store.FunnelRowsAsync()).First(f => f.LocalDay == old);
        Assert.That((funnel.VisitorCount, funnel.OrderCount), Is.EqualTo((2, 1)));
    }

    [Test]
    public async Task Retention_deletes_in_bounded_batches()
    {
        var store = await CreateAsync(Database);
        var guest = await store.GuestAsync();
        var days = Enumerable.Range(91, 12).Select(d => KpiDay.Key(April1.AddDays(-d))).ToList();
        var rows = days.SelectMany(day => Enumerable.Range(1, 1000).Select(c => new KpiVisit
        {
            StoreId = store.Store.Id, CustomerId = c, LocalDay = day, Step = 10, Source = KpiSources.Direct, Medium = "", Campaign = "",
            FirstSeenUtc = Now, LastStepUtc = Now
        })).ToList();
        await Database.Repository<KpiVisit>().InsertAsync(rows);
        _ = guest;

        var app = store.App();
        var first = await app.Rollup.RunAsync(store.Store.Id);
        var second = await app.Rollup.RunAsync(store.Store.Id);

        Assert.That((first.RowsDeleted, first.MoreToDelete), Is.EqualTo((12_000, false)));
        Assert.That(second.RowsDeleted, Is.EqualTo(0));
        Assert.That(KpiTrafficLimits.DeleteBatchSize * KpiTrafficLimits.DeleteBatchesPerRun, Is.GreaterThanOrEqualTo(12_000));
        Assert.That(await store.VisitsAsync(), Is.Empty);
    }

    /// <summary>
    /// Seven visitors of 1 April: three from the newsletter (one ordered, one at checkout, one at the cart), one from a
    /// blog (product view), three direct (a cart, a product view, a visit).
    /// </summary>
    private static async Task<List<Nop.Core.Domain.Customers.Customer>> SevenVisitorsAsync(CaptureScenario store)
    {
        var visitors = new List<Nop.Core.Domain.Customers.Customer>();
        for (var i = 0; i < 7; i++)
            visitors.Add(await store.GuestAsync());
        await store.VisitRowAsync(visitors[0], Today, KpiFunnelStep.OrderPlaced, "newsletter", "email", "spring");
        await store.VisitRowAsync(visitors[1], Today, KpiFunnelStep.CheckoutStarted, "newsletter", "email", "spring");
        await store.VisitRowAsync(visitors[2], Today, KpiFunnelStep.AddToCart, "newsletter", "email", "spring");
        await store.VisitRowAsync(visitors[3], Today, KpiFunnelStep.ProductView, "blog.example.org", "referral");
        await store.VisitRowAsync(visitors[4], Today, KpiFunnelStep.AddToCart);
        await store.VisitRowAsync(visitors[5], Today, KpiFunnelStep.ProductView);
        await store.VisitRowAsync(visitors[6], Today, KpiFunnelStep.Visit);
        // another day and another store's visitor: not in 1 April's figures
        await store.VisitRowAsync(visitors[0], 20260331, KpiFunnelStep.OrderPlaced);
        await store.Database.Repository<KpiVisit>().InsertAsync(new KpiVisit
        {
            StoreId = store.Store.Id + 100, CustomerId = visitors[1].Id, LocalDay = Today, Step = 50, Source = "newsletter", Medium = "email",
            Campaign = "spring", FirstSeenUtc = Now, LastStepUtc = Now
        });
        return visitors;
    }
}
