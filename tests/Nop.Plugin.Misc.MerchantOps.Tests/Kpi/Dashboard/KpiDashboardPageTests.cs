using System.Text.RegularExpressions;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.MerchantOps.Kpi.Services;
using Nop.Plugin.Misc.MerchantOps.Planner.Domain;
using Nop.Plugin.Misc.MerchantOps.Planner.Factories;
using Nop.Plugin.Misc.MerchantOps.Planner.Models;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Nop.Services.Security;
using NUnit.Framework;
using static Nop.Plugin.Misc.MerchantOps.MerchantOpsDefaults;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Kpi.Dashboard;

/// <summary>
/// The KPI cards on the dashboard stand-in (every zone in nopCommerce's order) as a browser gets them: who sees what
/// (KPI permission, vendor scope), the figures against the rollup rows inserted, a day without data, the funnel and its
/// leak, abandoned carts, encoding, and the collapse of nopCommerce's slow cards. Yesterday is Tuesday 31 March 2026.
/// </summary>
public class KpiDashboardPageTests
{
    private static readonly DateOnly Yesterday = new(2026, 3, 31);

    private KpiDashboardWebHost _web;

    [TearDown]
    public async Task StopAsync()
    {
        if (_web == null)
            return;
        var unhandled = _web.Host.UnhandledExceptions;
        await _web.DisposeAsync();
        _web = null;
        Assert.That(unhandled, Is.Empty);
    }

    private static Mock<IPlannerLiveCountModelFactory> LiveCounts(params (PlannerLiveBinding Binding, int Count, string Text, string Url)[] counts)
    {
        var mock = new Mock<IPlannerLiveCountModelFactory>();
        mock.Setup(f => f.PrepareAsync(It.IsAny<int>(), It.IsAny<IReadOnlyCollection<PlannerLiveBinding>>()))
            .ReturnsAsync(counts.ToDictionary(c => c.Binding, c => new PlannerLiveCountModel
            {
                Binding = c.Binding, Count = c.Count, Text = c.Text, Url = c.Url, CountedOnUtc = KpiScenario.Now
            }));
        return mock;
    }

    private async Task StartAsync(Mock<IPlannerLiveCountModelFactory> liveCounts = null, Action<IServiceCollection> more = null)
    {
        liveCounts ??= LiveCounts((PlannerLiveBinding.OrdersToPack, 12, "12 orders to pack", "/Admin/Packing/Index"));
        _web = await KpiDashboardWebHost.StartAsync(services =>
        {
            services.AddSingleton(liveCounts.Object);
            more?.Invoke(services);
        });
    }

    private static string Text(string html) => KpiDashboardWebHost.Text(html);

    [Test]
    public async Task The_owner_sees_yesterday_s_figures_as_the_rollup_rows_say_against_last_week_and_the_four_week_average()
    {
        await StartAsync();
        _web.Allow(Permissions.Kpi);
        await _web.SalesDayAsync(Yesterday, orders: 10, revenue: 500m, items: 25, newCustomers: 4, returning: 6, refundedOrders: 1, refunded: 20m);
        await _web.SalesDayAsync(Yesterday.AddDays(-7), orders: 8, revenue: 400m, items: 20);
        await _web.SalesDayAsync(Yesterday.AddDays(-14), orders: 4, revenue: 200m, items: 10);
        await _web.SalesDayAsync(Yesterday.AddDays(-28), orders: 4, revenue: 200m, items: 10);
        // another day of the same week and the vendor's own row: neither is yesterday's store figure
        await _web.SalesDayAsync(Yesterday.AddDays(-1), orders: 99, revenue: 9999m);
        await _web.SalesDayAsync(Yesterday, orders: 3, revenue: 75m, vendorId: KpiScenario.MugVendorId);
        await _web.ProgressAsync(complete: true);

        var html = await _web.GetDashboardAsync();
        var card = KpiDashboardWebHost.Card(html, "merchantops-kpi-yesterday");

        Assert.That(Text(card), Does.Contain("Yesterday at a glance").And.Contain("Tue 31 March"));
        // (8 + 4 + 0 + 4) / 4 = 4 orders on average; 800 / 16 = 50 a order
        Assert.That(KpiDashboardWebHost.Row(card, "kpi-figure-orders"), Is.EqualTo("Orders 10 8 +25.0% 4.0 +150.0%"));
        Assert.That(KpiDashboardWebHost.Row(card, "kpi-figure-revenue"), Is.EqualTo("Revenue $500.00 $400.00 +25.0% $200.00 +150.0%"));
        Assert.That(KpiDashboardWebHost.Row(card, "kpi-figure-aov"), Is.EqualTo("Average order value $50.00 $50.00 no change $50.00 no change"));
        Assert.That(KpiDashboardWebHost.Row(card, "kpi-figure-items"), Does.StartWith("Items sold 25 20 +25.0% 10.0 +150.0%"));
        Assert.That(KpiDashboardWebHost.Row(card, "kpi-figure-new"), Does.StartWith("New customers 4 0 nothing to compare with"));
        Assert.That(KpiDashboardWebHost.Row(card, "kpi-figure-returning"), Does.StartWith("Returning customers 6 0"));
        Assert.That(KpiDashboardWebHost.Row(card, "kpi-figure-refunds"), Does.StartWith("Refunds $20.00 (orders: 1) $0.00 nothing to compare with"));
        Assert.That(Regex.Match(card, "<tr id=\"kpi-figure-refunds\"[\\s\\S]*?</tr>").Value, Does.Contain("kpi-trend-down").And.Not.Contain("kpi-trend-up"),
            "more refunds than last week is bad news: red, not green");
        Assert.That(Regex.Match(card, "<tr id=\"kpi-figure-orders\"[\\s\\S]*?</tr>").Value, Does.Contain("kpi-trend-up"), "more orders: green");
        Assert.That(card, Does.Not.Contain("kpi-backfill"), "the backfill is complete");
        Assert.That(card, Does.Not.Contain("$75.00"), "the vendor's row is not the store's");
        Assert.That(Text(card), Does.Contain("same weekday (Tuesday) over the 4 weeks before"));
    }

    [Test]
    public async Task The_cards_come_after_the_agenda_in_the_top_zone_in_order_and_before_nopCommerce_s_own_cards()
    {
        await StartAsync();
        _web.Allow(Permissions.Kpi, Permissions.Planner, Permissions.Packing, StandardPermission.Orders.CURRENT_CARTS_MANAGE);

        var html = await _web.GetDashboardAsync();

        var positions = new[] { "merchantops-planner-agenda", "merchantops-kpi-yesterday", "merchantops-kpi-todo", "merchantops-kpi-funnel",
            "merchantops-kpi-operations", "merchantops-kpi-slowcards", "probe-nop-news" }.Select(id => html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal)).ToList();
        Assert.That(positions, Has.All.GreaterThan(0), string.Join(",", positions));
        Assert.That(positions, Is.Ordered);
    }

    [Test]
    public async Task Someone_without_the_KPI_permission_gets_no_card_and_nothing_is_read_for_them()
    {
        var liveCounts = new Mock<IPlannerLiveCountModelFactory>(MockBehavior.Strict);
        await StartAsync(liveCounts);
        _web.Allow(Permissions.Planner, Permissions.Packing, StandardPermission.Orders.CURRENT_CARTS_MANAGE, StandardPermission.Orders.ORDERS_VIEW);
        await _web.SalesDayAsync(Yesterday, orders: 10, revenue: 500m);

        using var counter = new SqlStatementCounter(_web.Database);
        var html = await _web.GetDashboardAsync();

        Assert.That(html, Does.Not.Contain("merchantops-kpi-"));
        Assert.That(html, Does.Contain("merchantops-planner-agenda"), "the planner's card still shows");
        Assert.That(counter.Statements.Where(sql => sql.Contains("MerchantOpsKpi") || sql.Contains("ShoppingCartItem") || sql.Contains("MerchantOpsPacking")
            || sql.Contains("MerchantOpsReply")), Is.Empty, string.Join("\n", counter.Statements));
        liveCounts.VerifyNoOtherCalls();

        // the slow-cards offer reads the admin's 8 card attributes only for a KPI holder
        var readsWithout = _web.Host.GenericAttributes.Reads;
        await _web.GetDashboardAsync();
        var pageReads = _web.Host.GenericAttributes.Reads - readsWithout;
        liveCounts.Setup(f => f.PrepareAsync(It.IsAny<int>(), It.IsAny<IReadOnlyCollection<PlannerLiveBinding>>()))
            .ReturnsAsync(new Dictionary<PlannerLiveBinding, PlannerLiveCountModel>());
        _web.Allow(Permissions.Kpi, Permissions.Planner);
        var before = _web.Host.GenericAttributes.Reads;
        Assert.That(await _web.GetDashboardAsync(), Does.Contain("merchantops-kpi-slowcards"));
        Assert.That(_web.Host.GenericAttributes.Reads - before - pageReads, Is.EqualTo(8));
    }

    [Test]
    public async Task A_vendor_sees_only_their_own_sales_and_no_funnel_carts_operations_or_slow_cards_offer()
    {
        await StartAsync(more: services => services.AddSingleton(new Mock<KpiAbandonedCartQuery>(MockBehavior.Strict, null, null, null, null, null).Object));
        _web.Allow(Permissions.Kpi, Permissions.Packing, Permissions.RepliesManage, StandardPermission.Orders.CURRENT_CARTS_MANAGE);
        _web.SignIn(_web.VendorStaff);
        await _web.SalesDayAsync(Yesterday, orders: 10, revenue: 500m);
        await _web.SalesDayAsync(Yesterday, orders: 3, revenue: 75m, items: 3, vendorId: KpiScenario.MugVendorId);
        await _web.SalesDayAsync(Yesterday, orders: 5, revenue: 200m, vendorId: KpiScenario.PotVendorId);
        await _web.FunnelDayAsync(Yesterday, 100, 50, 20, 10, 5);

        using var counter = new SqlStatementCounter(_web.Database);
        var html = await _web.GetDashboardAsync();
        var card = KpiDashboardWebHost.Card(html, "merchantops-kpi-yesterday");

        Assert.That(KpiDashboardWebHost.Row(card, "kpi-figure-orders"), Does.StartWith("Orders 3 0"));
        Assert.That(KpiDashboardWebHost.Row(card, "kpi-figure-revenue"), Does.StartWith("Revenue $75.00"));
        Assert.That(Text(card), Does.Contain("Your own products' sales only."));
        Assert.That(html, Does.Not.Contain("$500.00").And.Not.Contain("$200.00"));
        Assert.That(html, Does.Not.Contain("merchantops-kpi-funnel").And.Not.Contain("merchantops-kpi-operations").And.Not.Contain("merchantops-kpi-slowcards")
            .And.Not.Contain("kpi-todo-AbandonedCarts"));
        Assert.That(html, Does.Contain("merchantops-kpi-todo"), "their own to-do counts (the planner's, vendor-scoped) still show");
        Assert.That(counter.Statements.Where(sql => sql.Contains("MerchantOpsKpiFunnel") || sql.Contains("MerchantOpsKpiSource")), Is.Empty,
            "no traffic is read for a vendor");
    }

    [Test]
    public async Task A_day_without_data_says_so_in_words_never_NaN_or_infinity_and_explains_the_backfill()
    {
        await StartAsync(LiveCounts());
        _web.Allow(Permissions.Kpi);

        var html = await _web.GetDashboardAsync();
        var yesterday = KpiDashboardWebHost.Card(html, "merchantops-kpi-yesterday");
        var funnel = KpiDashboardWebHost.Card(html, "merchantops-kpi-funnel");

        Assert.That(Text(yesterday), Does.Contain("No orders yesterday."));
        Assert.That(KpiDashboardWebHost.Row(yesterday, "kpi-figure-orders"), Is.EqualTo("Orders 0 0 no change 0.0 no change"));
        Assert.That(KpiDashboardWebHost.Row(yesterday, "kpi-figure-aov"),
            Is.EqualTo("Average order value no orders no orders nothing to compare with no orders nothing to compare with"));
        Assert.That(Text(yesterday), Does.Contain("Past days are not computed yet"));
        Assert.That(Text(funnel), Does.Contain("No visits recorded in this period."));
        Assert.That(KpiDashboardWebHost.Row(funnel, "kpi-funnel-step-1"), Does.Contain("n/a"));
        Assert.That(html, Does.Not.Contain("NaN").And.Not.Contain("∞").And.Not.Contain("Infinity"));
        Assert.That(Text(KpiDashboardWebHost.Card(html, "merchantops-kpi-todo")), Does.Contain("Nothing for you to see here"));
    }

    [Test]
    public async Task While_the_backfill_runs_the_card_says_how_far_it_has_come()
    {
        await StartAsync();
        _web.Allow(Permissions.Kpi);
        await _web.ProgressAsync(complete: false, daysDone: 60);

        var card = KpiDashboardWebHost.Card(await _web.GetDashboardAsync(), "merchantops-kpi-yesterday");

        Assert.That(Text(card), Does.Contain("Past days are still being computed, newest first: 60 days done, now at Fri 30 January, going back to Thu 2 January"));
    }

    [Test]
    public async Task The_funnel_shows_each_step_and_conversion_against_the_previous_period_and_names_the_biggest_leak()
    {
        await StartAsync();
        _web.Allow(Permissions.Kpi);
        // last 7 days: 25-31 March; previous: 18-24 March
        await _web.FunnelDayAsync(Yesterday, 600, 300, 90, 60, 30);
        await _web.FunnelDayAsync(Yesterday.AddDays(-6), 400, 200, 10, 5, 3);
        await _web.FunnelDayAsync(Yesterday.AddDays(-7), 500, 250, 100, 50, 25);
        await _web.FunnelDayAsync(Yesterday.AddDays(-30), 9999, 9999, 9999, 9999, 9999);

        var funnel = KpiDashboardWebHost.Card(await _web.GetDashboardAsync(), "merchantops-kpi-funnel");

        Assert.That(Text(funnel), Does.Contain("last 7 days, 25 Mar to 31 Mar"));
        Assert.That(KpiDashboardWebHost.Row(funnel, "kpi-funnel-step-0"), Is.EqualTo("Visit 1,000 500"));
        Assert.That(KpiDashboardWebHost.Row(funnel, "kpi-funnel-step-1"), Is.EqualTo("Product viewed 500 50.0% 250 50.0%"));
        // 100 of 500 went on to the cart (20 %), the lowest share: the biggest leak, said in words and marked
        Assert.That(KpiDashboardWebHost.Row(funnel, "kpi-funnel-step-2"), Is.EqualTo("Added to cart biggest leak 100 20.0% 100 40.0%"));
        Assert.That(Text(funnel), Does.Contain("Biggest leak: from \"Product viewed\" to \"Added to cart\" only 20.0% went on (400 visitors lost); previous period: 40.0%."));
        Assert.That(KpiDashboardWebHost.Row(funnel, "kpi-funnel-conversion"), Is.EqualTo("Visit to order 3.3% 5.0%"));

        var month = KpiDashboardWebHost.Card(await _web.GetDashboardAsync("?kpiFunnelDays=28"), "merchantops-kpi-funnel");
        Assert.That(KpiDashboardWebHost.Row(month, "kpi-funnel-step-0"), Is.EqualTo("Visit 1,500 9,999"));
        var link = month[month.IndexOf("id=\"kpi-funnel-period-28\"", StringComparison.Ordinal)..];
        Assert.That(link[..link.IndexOf('>')], Does.Contain("aria-current=\"true\""), "the chosen period is marked for screen readers too");

        var unknown = KpiDashboardWebHost.Card(await _web.GetDashboardAsync("?kpiFunnelDays=5000"), "merchantops-kpi-funnel");
        Assert.That(Text(unknown), Does.Contain("last 7 days"), "an unknown period is the default one");
    }

    [Test]
    public async Task Abandoned_carts_count_registered_customers_carts_idle_for_a_day_without_an_order_since_with_their_value()
    {
        await StartAsync(LiveCounts());
        _web.Allow(Permissions.Kpi, StandardPermission.Orders.CURRENT_CARTS_MANAGE);
        var store = _web.Store;
        var registered = new CustomerRole { Name = "Registered", SystemName = NopCustomerDefaults.RegisteredRoleName, Active = true };
        await _web.Database.Repository<CustomerRole>().InsertAsync(registered);
        var now = KpiScenario.Now;

        async Task<Customer> ShopperAsync(string email, bool isRegistered, DateTime changed, int teas, int mugs = 0)
        {
            var customer = await store.ShopperAsync(email);
            if (isRegistered)
                await _web.Database.Repository<CustomerCustomerRoleMapping>().InsertAsync(new CustomerCustomerRoleMapping { CustomerId = customer.Id, CustomerRoleId = registered.Id });
            foreach (var (product, quantity) in new[] { (store.Tea, teas), (store.Mug, mugs) }.Where(line => line.Item2 > 0))
                await _web.Database.Repository<ShoppingCartItem>().InsertAsync(new ShoppingCartItem
                {
                    StoreId = store.Store.Id, CustomerId = customer.Id, ProductId = product.Id, Quantity = quantity,
                    ShoppingCartTypeId = (int)ShoppingCartType.ShoppingCart, CreatedOnUtc = changed, UpdatedOnUtc = changed
                });
            return customer;
        }

        await ShopperAsync("idle@example.com", true, now.AddHours(-30), teas: 2, mugs: 1);      // 2 × 10 + 25 = 45
        await ShopperAsync("idle2@example.com", true, now.AddDays(-6), teas: 1);                // 10
        await ShopperAsync("recent@example.com", true, now.AddHours(-2), teas: 5);              // still shopping
        await ShopperAsync("guest@example.com", false, now.AddHours(-30), teas: 5);             // a guest: not reachable
        await ShopperAsync("old@example.com", true, now.AddDays(-10), teas: 5);                 // beyond the look-back
        var ordered = await ShopperAsync("ordered@example.com", true, now.AddHours(-40), teas: 5);
        await store.OrderAtAsync(now.AddHours(-35), customer: ordered);                         // ordered since
        await _web.Database.Repository<ShoppingCartItem>().InsertAsync(new ShoppingCartItem      // a wishlist is no cart
        {
            StoreId = store.Store.Id, CustomerId = (await ShopperAsync("wish@example.com", true, now.AddHours(-30), teas: 0)).Id, ProductId = store.Pot.Id,
            Quantity = 1, ShoppingCartTypeId = (int)ShoppingCartType.Wishlist, CreatedOnUtc = now.AddHours(-30), UpdatedOnUtc = now.AddHours(-30)
        });

        var todo = KpiDashboardWebHost.Card(await _web.GetDashboardAsync(), "merchantops-kpi-todo");

        Assert.That(Text(todo), Does.Contain("2 abandoned carts worth $55.00"));
        Assert.That(todo, Does.Contain("href=\"/Admin/ShoppingCart/CurrentCarts\""));
        Assert.That(Text(todo), Does.Contain("last changed more than 24 hours ago"));

        // cached for a minute: a new abandoned cart shows after it
        await ShopperAsync("idle3@example.com", true, now.AddHours(-26), teas: 1);
        Assert.That(Text(KpiDashboardWebHost.Card(await _web.GetDashboardAsync(), "merchantops-kpi-todo")), Does.Contain("2 abandoned carts"));
        await _web.Database.CacheManager.RemoveByPrefixAsync(KpiDashboardDefaults.CachePrefix); // the minute is over
        Assert.That(Text(KpiDashboardWebHost.Card(await _web.GetDashboardAsync(), "merchantops-kpi-todo")), Does.Contain("3 abandoned carts worth $65.00"));
    }

    [Test]
    public async Task To_do_lists_the_live_counts_given_with_their_local_links_and_as_of_time_and_no_carts_without_the_carts_permission()
    {
        var liveCounts = LiveCounts((PlannerLiveBinding.OrdersToPack, 12, "12 orders to pack", "/Admin/Packing/Index"),
            (PlannerLiveBinding.LowStock, 3, "3 products <b>low</b> in stock", "/Admin/Report/LowStock"),
            (PlannerLiveBinding.PendingReturns, 2, "2 returns", "javascript:alert(1)"));
        await StartAsync(liveCounts);
        _web.Allow(Permissions.Kpi);

        var todo = KpiDashboardWebHost.Card(await _web.GetDashboardAsync(), "merchantops-kpi-todo");

        Assert.That(todo, Does.Contain("<a href=\"/Admin/Packing/Index\">12 orders to pack</a>"));
        Assert.That(todo, Does.Contain("3 products &lt;b&gt;low&lt;/b&gt; in stock"), "texts are encoded");
        Assert.That(todo, Does.Contain("2 returns").And.Not.Contain("javascript:"), "a link that is not the store's own is left out");
        Assert.That(Text(todo), Does.Contain("as of"));
        Assert.That(todo, Does.Not.Contain("AbandonedCarts"));
        liveCounts.Verify(f => f.PrepareAsync(_web.Store.Store.Id, It.Is<IReadOnlyCollection<PlannerLiveBinding>>(b => b.Count == 4
            && b.Contains(PlannerLiveBinding.OrdersToPack) && b.Contains(PlannerLiveBinding.PendingReturns)
            && b.Contains(PlannerLiveBinding.ReviewsAwaitingApproval) && b.Contains(PlannerLiveBinding.LowStock))), Times.Once);
    }

    [Test]
    public async Task Anything_typed_is_encoded_a_reply_title_and_values_of_the_address()
    {
        var operations = new Mock<KpiOperationsReader>(null, null, null, null);
        operations.Setup(r => r.GetAsync(It.IsAny<int>(), 0, true, true)).ReturnsAsync(new KpiOperations
        {
            HasPacking = true, HasReplies = true, OrdersShipped = 14, Packers = 2, OrdersPerHour = 7, PaidToShippedOrders = 14,
            PaidToShippedMedian = TimeSpan.FromHours(26.5), PaidToShippedAverage = TimeSpan.FromMinutes(95), RepliesSent = 9,
            TopReplyTitle = "<svg/onload=alert(1)>", TopReplySends = 5, CountedOnUtc = KpiScenario.Now
        });
        await StartAsync(more: services => services.AddSingleton(operations.Object));
        _web.Allow(Permissions.Kpi, Permissions.Packing, Permissions.RepliesUse);

        var html = await _web.GetDashboardAsync("?x=%22%3E%3Cscript%3Ealert(2)%3C/script%3E");
        var card = KpiDashboardWebHost.Card(html, "merchantops-kpi-operations");

        Assert.That(html, Does.Not.Contain("<svg/onload").And.Not.Contain("<script>alert(2)"));
        Assert.That(card, Does.Contain("&lt;svg/onload=alert(1)&gt;"));
        Assert.That(Text(card), Does.Contain("14 orders shipped in the last 7 days by 2 packers: 7.0 orders per hour of packing."));
        Assert.That(Text(card), Does.Contain("Paid to shipped: median 1 d 2 h, average 1 h 35 min (14 orders)."));
        Assert.That(Text(card), Does.Contain("9 ready replies sent in the last 7 days; most used: \"<svg/onload=alert(1)>\" (5 times)."));
    }

    [Test]
    public async Task Collapsing_nopCommerce_s_slow_cards_sets_their_own_attributes_for_this_admin_only_and_needs_the_token_and_the_permission()
    {
        await StartAsync();
        _web.Allow(Permissions.Kpi);
        var otherAdmin = await _web.Store.CustomerAsync("second@shop.test");
        var before = await _web.GetDashboardAsync();
        Assert.That(before, Does.Contain("data-loads=\"true\"").And.Not.Contain("data-loads=\"false\""));
        Assert.That(Text(KpiDashboardWebHost.Card(before, "merchantops-kpi-slowcards")), Does.Contain("0 of nopCommerce's 8 slow cards are collapsed for you")
            .And.Contain("computed on the server at every dashboard load, collapsed or not"));

        using (var refused = await _web.PostFormAsync("Admin/KpiSlowCards/Collapse", withToken: false, ("returnUrl", "/" + KpiDashboardProbeController.DashboardUrl)))
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await AttributeAsync(_web.Owner, "Reports.HideOrderStatisticsCard"), Is.False, "nothing set without the token");

        using (var done = await _web.PostFormAsync("Admin/KpiSlowCards/Collapse", withToken: true, ("returnUrl", "/" + KpiDashboardProbeController.DashboardUrl)))
        {
            Assert.That(done.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(done.Headers.Location?.ToString(), Is.EqualTo("/" + KpiDashboardProbeController.DashboardUrl));
        }

        foreach (var name in KpiDashboardDefaults.SlowCardAttributes)
        {
            Assert.That(await AttributeAsync(_web.Owner, name), Is.True, name);
            Assert.That(await AttributeAsync(otherAdmin, name), Is.False, "another admin keeps theirs: " + name);
        }
        Assert.That(await AttributeAsync(_web.Owner, "HideCommonStatisticsCard"), Is.False, "the statistics card computes anyway: left alone");
        var after = await _web.GetDashboardAsync();
        Assert.That(after, Does.Contain("data-loads=\"false\"").And.Not.Contain("data-loads=\"true\""), "nopCommerce's cards would load nothing");
        Assert.That(Text(KpiDashboardWebHost.Card(after, "merchantops-kpi-slowcards")), Does.Contain("8 of nopCommerce's 8").And.Contain("Show nopCommerce's slow cards again"));

        _web.Allow();
        using (var denied = await _web.PostFormAsync("Admin/KpiSlowCards/Expand", withToken: true))
            Assert.That(denied.Headers.Location?.ToString(), Does.Contain("/Admin/Security/AccessDenied"));
        Assert.That(await AttributeAsync(_web.Owner, "Reports.HideLatestOrdersCard"), Is.True, "nothing changed without the KPI permission");

        _web.Allow(Permissions.Kpi);
        using (await _web.PostFormAsync("Admin/KpiSlowCards/Expand", withToken: true, ("returnUrl", "https://evil.example/")))
        {
        }
        Assert.That(await AttributeAsync(_web.Owner, "Reports.HideLatestOrdersCard"), Is.False);
    }

    private Task<bool> AttributeAsync(Customer customer, string name) => _web.Host.GenericAttributes.GetAttributeAsync<bool>(customer, name);
}
