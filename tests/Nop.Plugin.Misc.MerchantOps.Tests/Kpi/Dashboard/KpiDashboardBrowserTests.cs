using Microsoft.Extensions.DependencyInjection;
using Moq;
using Nop.Plugin.Misc.MerchantOps.Planner.Domain;
using Nop.Plugin.Misc.MerchantOps.Planner.Factories;
using Nop.Plugin.Misc.MerchantOps.Planner.Models;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;
using NUnit.Framework;
using static Nop.Plugin.Misc.MerchantOps.MerchantOpsDefaults;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Kpi.Dashboard;

/// <summary>
/// The KPI cards in headless chromium (Debian's), keyboard only: the funnel's period switched with Tab and Enter, and
/// nopCommerce's slow cards collapsed with the offer's button (a real form post with its antiforgery token).
/// </summary>
[NonParallelizable]
public class KpiDashboardBrowserTests : BrowserTest<KpiDashboardWebHost>
{
    protected override Task<KpiDashboardWebHost> StartSiteAsync() => KpiDashboardWebHost.StartAsync(services =>
    {
        var liveCounts = new Mock<IPlannerLiveCountModelFactory>();
        liveCounts.Setup(f => f.PrepareAsync(It.IsAny<int>(), It.IsAny<IReadOnlyCollection<PlannerLiveBinding>>()))
            .ReturnsAsync(new Dictionary<PlannerLiveBinding, PlannerLiveCountModel>());
        services.AddSingleton(liveCounts.Object);
    });

    private async Task TabToAsync(string selector)
    {
        var target = Page.Locator(selector);
        for (var presses = 0; presses < 40 && !await target.EvaluateAsync<bool>("e => e === document.activeElement"); presses++)
            await Page.Keyboard.PressAsync("Tab");
        Assert.That(await target.EvaluateAsync<bool>("e => e === document.activeElement"), Is.True, selector + " is reachable with Tab");
    }

    [Test]
    public async Task The_funnel_period_and_the_slow_cards_are_reached_and_used_with_the_keyboard_only()
    {
        Web.Allow(Permissions.Kpi);
        var yesterday = new DateOnly(2026, 3, 31);
        await Web.FunnelDayAsync(yesterday, 100, 50, 20, 10, 5);
        await Web.FunnelDayAsync(yesterday.AddDays(-20), 900, 50, 20, 10, 5);

        await Page.GotoAsync(KpiDashboardProbeController.DashboardUrl);
        await Page.Locator("#probe-first-link").FocusAsync();
        await TabToAsync("#kpi-funnel-period-28");
        await Page.Keyboard.PressAsync("Enter");
        await Page.WaitForURLAsync("**kpiFunnelDays=28**");
        Assert.That(await Page.Locator("#kpi-funnel-step-0 .kpi-value").InnerTextAsync(), Is.EqualTo("1,000"));

        await Page.Locator("#probe-first-link").FocusAsync();
        await TabToAsync("#kpi-slowcards-button");
        await Page.Keyboard.PressAsync("Enter");
        await Page.WaitForFunctionAsync("() => document.querySelector('#kpi-slowcards-state').textContent.includes('8 of')");
        Assert.That(Page.Url, Does.Contain("kpiFunnelDays=28"), "back on the same dashboard");
        Assert.That(await Page.Locator("[data-loads=\"true\"]").CountAsync(), Is.Zero);
        Assert.That(Browser.Dialogs, Is.Empty);
    }
}
