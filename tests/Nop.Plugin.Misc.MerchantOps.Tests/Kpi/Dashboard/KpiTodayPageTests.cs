using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Nop.Plugin.Misc.MerchantOps.Planner.Domain;
using Nop.Plugin.Misc.MerchantOps.Planner.Factories;
using Nop.Plugin.Misc.MerchantOps.Planner.Models;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using NUnit.Framework;
using static Nop.Plugin.Misc.MerchantOps.MerchantOpsDefaults;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Kpi.Dashboard;

/// <summary>Merchant Ops → Today: every part on one page, each by its permission; the store's name encoded.</summary>
public class KpiTodayPageTests
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

    private async Task StartAsync()
    {
        var liveCounts = new Mock<IPlannerLiveCountModelFactory>();
        liveCounts.Setup(f => f.PrepareAsync(It.IsAny<int>(), It.IsAny<IReadOnlyCollection<PlannerLiveBinding>>()))
            .ReturnsAsync(new Dictionary<PlannerLiveBinding, PlannerLiveCountModel>
            {
                [PlannerLiveBinding.PendingReturns] = new() { Binding = PlannerLiveBinding.PendingReturns, Count = 2, Text = "2 returns to handle", Url = "/Admin/ReturnRequest/List", CountedOnUtc = KpiScenario.Now }
            });
        _web = await KpiDashboardWebHost.StartAsync(services => services.AddSingleton(liveCounts.Object));
    }

    [Test]
    public async Task Today_shows_yesterday_to_do_the_agenda_and_the_funnel_on_one_page()
    {
        await StartAsync();
        _web.Allow(Permissions.Kpi, Permissions.Planner);
        await _web.SalesDayAsync(Yesterday, orders: 7, revenue: 350m);
        await _web.FunnelDayAsync(Yesterday, 70, 35, 14, 10, 7);
        _web.Store.Store.Name = "Thé & <Co>";
        await _web.Database.Repository<Nop.Core.Domain.Stores.Store>().UpdateAsync(_web.Store.Store);

        var html = await _web.GetPageAsync(KpiDashboardWebHost.TodayUrl);

        var positions = new[] { "kpi-today-title", "merchantops-kpi-yesterday", "merchantops-kpi-todo", "merchantops-planner-agenda", "merchantops-kpi-funnel" }
            .Select(id => html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal)).ToList();
        Assert.That(positions, Has.All.GreaterThan(0), string.Join(",", positions));
        Assert.That(positions, Is.Ordered);
        Assert.That(KpiDashboardWebHost.Row(html, "kpi-figure-revenue"), Does.StartWith("Revenue $350.00"));
        Assert.That(KpiDashboardWebHost.Text(KpiDashboardWebHost.Card(html, "merchantops-kpi-todo")), Does.Contain("2 returns to handle"));
        Assert.That(html, Does.Contain("Thé &amp; &lt;Co&gt;").Or.Contain("Th&#xE9; &amp; &lt;Co&gt;"));
        Assert.That(html, Does.Not.Contain("<Co>"));
        Assert.That(html, Does.Not.Contain("merchantops-kpi-slowcards").And.Not.Contain("merchantops-kpi-operations"), "the dashboard's extras stay there");
        Assert.That(html, Does.Contain("href=\"/Admin/MerchantOpsToday/Index?kpiFunnelDays=28#merchantops-kpi-funnel\""), "the funnel's switch stays on Today");
    }

    [Test]
    public async Task Without_the_planner_permission_Today_has_no_agenda()
    {
        await StartAsync();
        _web.Allow(Permissions.Kpi);

        var html = await _web.GetPageAsync(KpiDashboardWebHost.TodayUrl);

        Assert.That(html, Does.Contain("merchantops-kpi-yesterday"));
        Assert.That(html, Does.Not.Contain("merchantops-planner-agenda"));
    }

    [Test]
    public async Task Without_the_KPI_permission_Today_is_refused_and_reads_nothing()
    {
        await StartAsync();
        _web.Allow(Permissions.Planner);

        using var counter = new SqlStatementCounter(_web.Database);
        using var response = await _web.Client.GetAsync(KpiDashboardWebHost.TodayUrl);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location?.ToString(), Does.Contain("/Admin/Security/AccessDenied"));
        Assert.That(counter.Statements.Where(sql => sql.Contains("MerchantOps")), Is.Empty);
    }

    [Test]
    public async Task A_vendor_s_Today_has_their_own_sales_and_no_funnel()
    {
        await StartAsync();
        _web.Allow(Permissions.Kpi);
        _web.SignIn(_web.VendorStaff);
        await _web.SalesDayAsync(Yesterday, orders: 7, revenue: 350m);
        await _web.SalesDayAsync(Yesterday, orders: 2, revenue: 50m, vendorId: KpiScenario.MugVendorId);

        var html = await _web.GetPageAsync(KpiDashboardWebHost.TodayUrl);

        Assert.That(KpiDashboardWebHost.Row(html, "kpi-figure-revenue"), Does.StartWith("Revenue $50.00"));
        Assert.That(html, Does.Not.Contain("$350.00").And.Not.Contain("merchantops-kpi-funnel"));
    }
}
