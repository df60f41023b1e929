using NUnit.Framework;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.MerchantOps.Kpi.Capture;
using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Nop.Plugin.Misc.MerchantOps.Tests.Web;
using static Nop.Plugin.Misc.MerchantOps.Tests.Kpi.Capture.CaptureScenario;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Kpi.Capture;

/// <summary>
/// The storefront capture through nopCommerce's events and the plugin's consumer, on each engine with the real
/// migrations: one row per visitor, store and day, the furthest step, the entry source of the day's first page, and
/// exactly one write each time the step advances (statements counted with linq2db's trace).
/// </summary>
[TestFixture(DatabaseEngine.Sqlite)]
[TestFixture(DatabaseEngine.PostgreSql)]
[TestFixture(DatabaseEngine.MySql)]
[NonParallelizable]
public class KpiCaptureTests : DatabaseTestBase
{
    public KpiCaptureTests(DatabaseEngine engine) : base(engine)
    {
    }

    [Test]
    public async Task Install_creates_the_visit_table_with_its_unique_key()
    {
        await CreateAsync(Database);

        Assert.That(await Database.GetTableNamesAsync(), Does.Contain(KpiCaptureTables.Visit));
        Assert.That(await Database.GetIndexNamesAsync(KpiCaptureTables.Visit), Does.Contain(KpiCaptureTables.VisitKeyIndex));
    }

    [Test]
    public async Task Each_step_is_recorded_from_its_capture_point_and_the_row_holds_the_furthest()
    {
        var store = await CreateAsync(Database);
        var app = store.App();
        var ada = await store.GuestAsync();

        var steps = new List<int>();
        await app.PageViewAsync(ada, "Homepage");
        steps.Add((await store.VisitsAsync()).Single().Step);
        await app.PageViewAsync(ada, "ProductDetails");
        steps.Add((await store.VisitsAsync()).Single().Step);
        await app.AddToCartAsync(ada, store.Store.Id, store.Tea.Id);
        steps.Add((await store.VisitsAsync()).Single().Step);
        await app.PageViewAsync(ada, "CheckoutOnePage");
        steps.Add((await store.VisitsAsync()).Single().Step);
        await app.OrderPlacedAsync(ada, store.OrderOf(ada));
        steps.Add((await store.VisitsAsync()).Single().Step);

        Assert.That(steps, Is.EqualTo(new[] { 10, 20, 30, 40, 50 }));
        var row = (await store.VisitsAsync()).Single();
        Assert.That((row.StoreId, row.CustomerId, row.LocalDay), Is.EqualTo((store.Store.Id, ada.Id, Today)));
        Assert.That(app.StoreApp.Events.ConsumerErrors, Is.Empty);
    }

    [TestCase("CheckoutShippingAddress")]
    [TestCase("CheckoutBillingAddress")]
    [TestCase("CheckoutPaymentMethod")]
    [TestCase("CheckoutConfirm")]
    public async Task Every_checkout_page_of_nopCommerce_starts_the_checkout(string routeName)
    {
        var store = await CreateAsync(Database);
        var app = store.App();
        var ada = await store.GuestAsync();

        await app.PageViewAsync(ada, routeName);

        Assert.That((await store.VisitsAsync()).Single().Step, Is.EqualTo((int)KpiFunnelStep.CheckoutStarted));
    }

    [Test]
    public async Task The_step_only_advances_even_when_another_instance_knows_nothing_of_it()
    {
        var store = await CreateAsync(Database);
        var ada = await store.GuestAsync();
        await store.App().OrderPlacedAsync(ada, store.OrderOf(ada));
        var before = (await store.VisitsAsync()).Single();

        store.Clock.Advance(TimeSpan.FromMinutes(5));
        var other = store.App();
        await other.PageViewAsync(ada, "ProductDetails");
        await other.PageViewAsync(ada, "CheckoutOnePage");
        await other.AddToCartAsync(ada, store.Store.Id, store.Tea.Id);

        var after = (await store.VisitsAsync()).Single();
        Assert.That((after.Step, after.LastStepUtc), Is.EqualTo((before.Step, before.LastStepUtc)), "order placed stays, with its time");
    }

    [Test]
    public async Task Exactly_one_write_per_visitor_step_and_day_and_no_database_call_when_the_step_does_not_change()
    {
        var store = await CreateAsync(Database);
        var app = store.App();
        var ada = await store.GuestAsync();
        await app.PageViewAsync(ada, "Homepage"); // the staff check and the zone are read once here

        var perView = new List<(string Route, int Statements, int Writes)>();
        foreach (var route in new[] { "Homepage", "CategoryProducts", "ProductDetails", "ProductDetails", "Homepage", "CheckoutOnePage", "ProductDetails" })
        {
            using var counter = new SqlStatementCounter(Database);
            await app.PageViewAsync(ada, route);
            perView.Add((route, counter.Count, counter.Statements.Count(DatabaseWriteRecorder.ChangesData)));
        }

        Assert.That(perView.Select(v => v.Statements), Is.EqualTo(new[] { 0, 0, 1, 0, 0, 1, 0 }), string.Join("; ", perView));
        Assert.That(perView.Select(v => v.Writes), Is.EqualTo(new[] { 0, 0, 1, 0, 0, 1, 0 }));

        store.Clock.Advance(TimeSpan.FromDays(1));
        using (var counter = new SqlStatementCounter(Database))
        {
            await app.PageViewAsync(ada, "Homepage");
            Assert.That(counter.Statements.Count(DatabaseWriteRecorder.ChangesData), Is.EqualTo(1), "a new day is a new row");
        }

        Assert.That((await store.VisitsAsync()).Select(v => (v.LocalDay, v.Step)), Is.EqualTo(new[] { (Today, 40), (20260402, 10) }));
    }

    [Test]
    public async Task A_flood_of_a_thousand_page_views_by_one_visitor_is_one_row_and_at_most_one_write_per_step()
    {
        var store = await CreateAsync(Database);
        var app = store.App();
        var bot = await store.GuestAsync();
        var routes = new[] { "Homepage", "ProductDetails", "CategoryProducts", "CheckoutOnePage" };

        using var counter = new SqlStatementCounter(Database);
        for (var i = 0; i < 1000; i++)
            await app.PageViewAsync(bot, routes[i % routes.Length], query: $"?utm_source=flood{i}&utm_campaign={new string('x', 300)}");

        var writes = counter.Statements.Count(DatabaseWriteRecorder.ChangesData);
        Assert.That(writes, Is.EqualTo(3), "visit, product view, checkout: " + string.Join("\n", counter.Statements.Take(5)));
        var row = (await store.VisitsAsync()).Single();
        Assert.That((row.Step, row.Source), Is.EqualTo(((int)KpiFunnelStep.CheckoutStarted, "flood0")));
        Assert.That(row.Campaign, Has.Length.EqualTo(KpiSources.ValueLength), "cut");
        Assert.That(counter.Count, Is.LessThanOrEqualTo(6), "with the staff check: " + string.Join("\n", counter.Statements.Take(8)));
    }

    [Test]
    public async Task The_source_is_the_one_of_the_day_s_first_recorded_page()
    {
        var store = await CreateAsync(Database);
        var app = store.App();
        var (ada, bob, cy, dee) = (await store.GuestAsync(), await store.GuestAsync(), await store.GuestAsync(), await store.GuestAsync());

        await app.PageViewAsync(ada, query: "?utm_source=Newsletter&utm_medium=email&utm_campaign=spring", referrer: "https://www.google.com/search?q=tea");
        await app.PageViewAsync(ada, "ProductDetails", referrer: "https://www.bing.com/");
        await app.PageViewAsync(bob, referrer: "https://WWW.Blog.Example.ORG/posts/42?email=bob@example.com");
        await app.PageViewAsync(bob, "ProductDetails", query: "?utm_source=later");
        await app.PageViewAsync(cy);
        await app.PageViewAsync(dee, query: "?utm_medium=email");

        var sources = (await store.VisitsAsync()).ToDictionary(v => v.CustomerId, v => (v.Source, v.Medium, v.Campaign));
        Assert.That(sources[ada.Id], Is.EqualTo(("newsletter", "email", "spring")));
        Assert.That(sources[bob.Id], Is.EqualTo(("blog.example.org", KpiSources.ReferralMedium, "")));
        Assert.That(sources[cy.Id], Is.EqualTo((KpiSources.Direct, "", "")));
        Assert.That(sources[dee.Id], Is.EqualTo((KpiSources.Direct, "", "")), "a medium without a source is no source");
    }

    [TestCase("https://shop.test/teas")]
    [TestCase("https://www.shop.test/cart")]
    [TestCase("http://SHOP.test:8080/")]
    public async Task A_referrer_of_the_store_s_own_host_is_no_source(string referrer)
    {
        var store = await CreateAsync(Database);
        var app = store.App();
        var ada = await store.GuestAsync();

        await app.PageViewAsync(ada, referrer: referrer);

        Assert.That((await store.VisitsAsync()).Single().Source, Is.EqualTo(KpiSources.Direct));
    }

    [Test]
    public async Task No_ip_address_url_or_user_agent_is_stored()
    {
        var store = await CreateAsync(Database);
        var app = store.App();
        var ada = await store.GuestAsync();

        await app.PageViewAsync(ada, "ProductDetails", query: "?utm_source=mail&email=ada@example.com", referrer: "https://mail.example.net/read?id=secret", path: "/green-tea");

        var row = (await store.VisitsAsync()).Single();
        var stored = string.Join("|", typeof(KpiVisit).GetProperties().Select(p => p.GetValue(row)?.ToString()));
        Assert.That(stored, Does.Not.Contain("203.0.113.7").And.Not.Contain("secret").And.Not.Contain("ada@").And.Not.Contain("green-tea")
            .And.Not.Contain("Mozilla").And.Not.Contain("read?"));
        Assert.That(typeof(KpiVisit).GetProperties().Select(p => p.Name), Is.EquivalentTo(new[]
        {
            "Id", "StoreId", "CustomerId", "LocalDay", "Step", "Source", "Medium", "Campaign", "FirstSeenUtc", "LastStepUtc"
        }));
    }

    [Test]
    public async Task Search_engines_built_in_accounts_admins_staff_impersonation_and_admin_pages_are_not_recorded_and_cost_no_write()
    {
        var store = await CreateAsync(Database);
        var app = store.App();
        var guest = await store.GuestAsync();
        var searchEngine = await store.CustomerAsync(null, c => (c.IsSystemAccount, c.SystemName) = (true, "SearchEngine"));
        var backgroundTask = await store.CustomerAsync(null, c => (c.IsSystemAccount, c.SystemName) = (true, "BackgroundTask"));
        var packer = await store.CustomerAsync("packer@shop.test");
        await store.GrantAsync(packer, "Packers", Nop.Services.Security.StandardPermission.Security.ACCESS_ADMIN_PANEL, "MerchantOps.Packing");

        using var counter = new SqlStatementCounter(Database);

        app.UserAgent.SearchEngine = true;
        await app.PageViewAsync(guest, "ProductDetails");
        await app.AddToCartAsync(guest, store.Store.Id, store.Tea.Id);
        app.UserAgent.SearchEngine = false;

        foreach (var system in new[] { searchEngine, backgroundTask })
        {
            await app.PageViewAsync(system);
            await app.OrderPlacedAsync(system, store.OrderOf(system));
        }

        // the capture's calls (the test's own cart rows and their identity queries aside)
        int Calls() => counter.Statements.Count(s => new[] { "Role", "Permission", "Setting", "MerchantOpsKpi", "Customer" }.Any(s.Contains) && !s.Contains("ShoppingCartItem"));
        var staffRounds = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            var before = Calls();
            await app.PageViewAsync(store.Admin, "ProductDetails");
            await app.PageViewAsync(packer);
            await app.AddToCartAsync(packer, store.Store.Id, store.Tea.Id);
            staffRounds.Add(Calls() - before);
        }

        app.StoreApp.Context.OriginalCustomerIfImpersonated = store.Admin;
        await app.PageViewAsync(guest, "CheckoutOnePage");
        await app.OrderPlacedAsync(guest, store.OrderOf(guest));
        app.StoreApp.Context.OriginalCustomerIfImpersonated = null;

        await app.PageViewAsync(guest, "MerchantOpsToday", area: "Admin", path: "/Admin/MerchantOpsToday");
        await app.PageViewAsync(guest, "Homepage", path: "/Admin");

        // the test's own cart rows aside
        var writes = counter.Statements.Where(DatabaseWriteRecorder.ChangesData).Where(s => !s.Contains("ShoppingCartItem")).ToList();
        Assert.That(await store.VisitsAsync(), Is.Empty);
        Assert.That(writes, Is.Empty);
        Assert.That(staffRounds[0], Is.GreaterThan(0), "the staff check asks nopCommerce's permissions once");
        Assert.That(staffRounds.Skip(1), Is.All.EqualTo(0), "then it is remembered: no database call");
        Assert.That(app.StoreApp.Events.ConsumerErrors, Is.Empty);

        await app.PageViewAsync(guest, "Homepage");
        Assert.That((await store.VisitsAsync()).Single().CustomerId, Is.EqualTo(guest.Id), "the guest on their own is recorded");
    }

    [Test]
    public async Task A_wish_list_item_is_no_step()
    {
        var store = await CreateAsync(Database);
        var app = store.App();
        var ada = await store.GuestAsync();
        await app.PageViewAsync(ada, "ProductDetails");

        await app.AddToCartAsync(ada, store.Store.Id, store.Tea.Id, ShoppingCartType.Wishlist);

        Assert.That((await store.VisitsAsync()).Single().Step, Is.EqualTo((int)KpiFunnelStep.ProductView));
    }

    [Test]
    public async Task The_local_day_is_the_store_s_day_in_its_time_zone()
    {
        var store = await CreateAsync(Database);
        var app = store.App();
        var ada = await store.GuestAsync();
        store.Clock.UtcNow = new DateTime(2026, 3, 31, 22, 30, 0, DateTimeKind.Utc); // 00:30 on 1 April in Paris

        await app.PageViewAsync(ada);

        Assert.That((await store.VisitsAsync()).Single().LocalDay, Is.EqualTo(20260401));
    }

    [Test]
    public void The_memo_is_bounded()
    {
        using var memo = new KpiCaptureMemo();
        for (var customer = 1; customer <= KpiCaptureMemo.MostEntries + 5_000; customer++)
            memo.Wrote(1, customer, Today, KpiFunnelStep.Visit);

        Assert.That(memo.Count, Is.LessThanOrEqualTo(KpiCaptureMemo.MostEntries));
        Assert.That(memo.Holds(1, 1, Today, KpiFunnelStep.Visit) || memo.Count > 0, Is.True);
    }
}
