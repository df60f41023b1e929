using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Moq;
using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;
using Nop.Plugin.Misc.MerchantOps.Planner.Domain;
using Nop.Plugin.Misc.MerchantOps.Planner.Factories;
using Nop.Plugin.Misc.MerchantOps.Planner.Models;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;
using Nop.Plugin.Misc.MerchantOps.Tests.Kpi.Dashboard;
using Nop.Plugin.Misc.MerchantOps.Tests.Kpi.Page;
using Nop.Plugin.Misc.MerchantOps.Tests.Web;
using Nop.Services.Security;
using NUnit.Framework;
using static Nop.Plugin.Misc.MerchantOps.MerchantOpsDefaults;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Kpi;

/// <summary>
/// Screenshots of the KPI screens for a person to look at (not a check): the dashboard cards, Today, the KPI page over
/// 60 days of rollup rows (sales, funnel, sources, journal notes, targets) and the configure page's digest card, in
/// English and French, on a desktop and a 390 px phone, and a vendor's view. Run with
/// <c>--filter FullyQualifiedName~KpiScreenshots</c>; the PNGs go to $TMPDIR/merchantops-screens/kpi.
/// </summary>
internal static class KpiScreens
{
    public static string Folder
    {
        get
        {
            var folder = Path.Combine(Path.GetTempPath(), "merchantops-screens", "kpi");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    public static readonly (string Name, int Width)[] Widths = [("desktop", 1400), ("phone", 390)];

    /// <summary>
    /// What nopCommerce's admin theme does on a phone and the stand-in's plain CSS does not: AdminLTE hides the sidebar
    /// below 992 px and Bootstrap's .table-responsive scrolls a wide table sideways inside its card.
    /// </summary>
    private const string PhoneTheme = ".wrapper { display: block !important; } .main-sidebar { display: none !important; } "
        + ".table-responsive { display: block; width: 100%; overflow-x: auto; }";

    public static async Task ShootAsync(IPage page, string name, int width)
    {
        await page.SetViewportSizeAsync(width, 900);
        if (width < 992)
            await page.AddStyleTagAsync(new() { Content = PhoneTheme });
        await page.WaitForTimeoutAsync(400);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, name + ".png"), FullPage = true });
        var size = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight]");
        if (size[0] > width)
        {
            // the outermost elements that stick out of the window, to fix
            var wide = await page.EvaluateAsync<string[]>(@"w => [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > w + 1 && !(e.parentElement && e.parentElement.getBoundingClientRect().right > w + 1 && e.parentElement !== document.body))
                .slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))", width);
            TestContext.Out.WriteLine($"{name}: the page is {size[0]} px wide in a {width} px window: {string.Join(", ", wide)}");
        }
        // A tall page also in parts a person can read at full size (the parts of an earlier run removed first).
        foreach (var stale in Directory.GetFiles(Folder, name + "-part*.png"))
            File.Delete(stale);
        for (var (top, part) = (0, 1); size[1] > 1600 && top < size[1]; top += 1200, part++)
            await page.ScreenshotAsync(new()
            {
                Path = Path.Combine(Folder, $"{name}-part{part}.png"), FullPage = true,
                Clip = new() { X = 0, Y = top, Width = Math.Min(size[0], 1400), Height = Math.Min(1200, size[1] - top) }
            });
    }

    /// <summary>Orders of a day of a small shop: busier at the weekend, growing a little over the weeks.</summary>
    public static int Orders(DateOnly day, int index) =>
        12 + index / 6 + (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 7 : 0) + (day.Day * 7 % 5);
}

[Explicit("takes screenshots for a person to look at")]
public class KpiScreenshotsDashboard : BrowserTest<KpiDashboardWebHost>
{
    protected override Task<KpiDashboardWebHost> StartSiteAsync() => KpiDashboardWebHost.StartAsync(services =>
    {
        var liveCounts = new Mock<IPlannerLiveCountModelFactory>();
        liveCounts.Setup(f => f.PrepareAsync(It.IsAny<int>(), It.IsAny<IReadOnlyCollection<PlannerLiveBinding>>()))
            .ReturnsAsync(new Dictionary<PlannerLiveBinding, PlannerLiveCountModel>
            {
                [PlannerLiveBinding.OrdersToPack] = new() { Binding = PlannerLiveBinding.OrdersToPack, Count = 12, Text = "12 orders to pack", Url = "/Admin/Packing/Index", CountedOnUtc = KpiScenario.Now },
                [PlannerLiveBinding.PendingReturns] = new() { Binding = PlannerLiveBinding.PendingReturns, Count = 2, Text = "2 returns to handle", Url = "/Admin/ReturnRequest/List", CountedOnUtc = KpiScenario.Now },
                [PlannerLiveBinding.LowStock] = new() { Binding = PlannerLiveBinding.LowStock, Count = 5, Text = "5 products low in stock", Url = "/Admin/Reports/LowStock", CountedOnUtc = KpiScenario.Now }
            });
        services.AddSingleton(liveCounts.Object);
    });

    [Test]
    public async Task Take_screenshots_of_the_dashboard_cards_and_today()
    {
        Web.Allow(Permissions.Kpi, Permissions.Packing, Permissions.RepliesManage, StandardPermission.Orders.CURRENT_CARTS_MANAGE);
        var yesterday = new DateOnly(2026, 3, 31);
        for (var i = 0; i < 60; i++)
        {
            var day = yesterday.AddDays(-i);
            var orders = KpiScreens.Orders(day, 60 - i);
            await Web.SalesDayAsync(day, orders, orders * 47.35m, items: orders * 2, newCustomers: orders / 3, returning: orders - orders / 3,
                refundedOrders: i % 9 == 0 ? 1 : 0, refunded: i % 9 == 0 ? 39.90m : 0m);
            await Web.SalesDayAsync(day, orders / 4, orders / 4 * 18.5m, items: orders / 4, vendorId: KpiScenario.MugVendorId);
            await Web.FunnelDayAsync(day, orders * 40, orders * 22, orders * 5, orders * 2, orders);
        }
        await Web.ProgressAsync(complete: true);

        foreach (var (language, french) in new[] { ("en", false), ("fr", true) })
        {
            if (french)
                Web.Host.WorkContext.UseFrench();
            foreach (var (name, width) in KpiScreens.Widths)
            {
                await Page.SetViewportSizeAsync(width, 900);
                await Page.GotoAsync(KpiDashboardProbeController.DashboardUrl);
                await KpiScreens.ShootAsync(Page, $"1-dashboard-{language}-{name}", width);
                await Page.GotoAsync(KpiDashboardWebHost.TodayUrl);
                await KpiScreens.ShootAsync(Page, $"2-today-{language}-{name}", width);
            }
        }

        Web.Host.WorkContext.WorkingLanguage = TestLanguages.English();
        Web.SignIn(Web.VendorStaff);
        await Page.GotoAsync(KpiDashboardProbeController.DashboardUrl);
        await KpiScreens.ShootAsync(Page, "3-dashboard-vendor-en-desktop", 1400);
        await Page.GotoAsync(KpiDashboardWebHost.TodayUrl);
        await KpiScreens.ShootAsync(Page, "3-today-vendor-en-phone", 390);

        TestContext.Out.WriteLine($"Screenshots in {KpiScreens.Folder}\n" + string.Join("\n", Browser.Console));
    }
}

[Explicit("takes screenshots for a person to look at")]
public class KpiScreenshotsPage : BrowserTest<KpiPageWebHost>
{
    protected override Task<KpiPageWebHost> StartSiteAsync() => KpiPageWebHost.StartAsync();

    [Test]
    public async Task Take_screenshots_of_the_KPI_page()
    {
        var yesterday = new DateOnly(2026, 3, 31);
        for (var i = 0; i < 60; i++)
        {
            var day = yesterday.AddDays(-i);
            var orders = KpiScreens.Orders(day, 60 - i);
            await Web.SalesAsync(day, orders, orders * 47.35m, items: orders * 2, newCustomers: orders / 3, returning: orders - orders / 3,
                refunded: i % 9 == 0 ? 1 : 0, refundedAmount: i % 9 == 0 ? 39.90m : 0m, cancelled: i % 13 == 0 ? 1 : 0, cancelledAmount: i % 13 == 0 ? 52m : 0m);
            await Web.SalesAsync(day, orders / 4, orders / 4 * 18.5m, vendorId: 7, items: orders / 4);
            await Web.FunnelAsync(day, orders * 40, orders * 22, orders * 5, orders * 2, orders);
            await Web.SourceAsync(day, "google", "organic", "", orders * 18, orders / 2);
            await Web.SourceAsync(day, "(direct)", "", "", orders * 12, orders / 3);
            await Web.SourceAsync(day, "facebook", "cpc", "spring-sale-2026", orders * 6, 2);
            await Web.SourceAsync(day, "newsletter", "email", "march", orders * 4, 1);
        }
        foreach (var (day, text) in new[] { (20260306, "Newsletter sent"), (20260316, "Free shipping from 50 €"), (20260324, "Spring sale ads on Facebook") })
            await Web.Database.Repository<KpiJournalNote>().InsertAsync(new KpiJournalNote
            {
                StoreId = 1, LocalDay = day, Text = text, Version = 1, CreatedByCustomerId = 1, CreatedOnUtc = KpiPageWebHost.Now, UpdatedOnUtc = KpiPageWebHost.Now
            });
        await Web.Database.Repository<KpiRevenueTarget>().InsertAsync(new KpiRevenueTarget
        {
            StoreId = 1, WeeklyRevenue = 6000m, MonthlyRevenue = 25000m, UpdatedByCustomerId = 1, UpdatedOnUtc = KpiPageWebHost.Now
        });

        foreach (var (language, french) in new[] { ("en", false), ("fr", true) })
        {
            if (french)
                Web.Host.WorkContext.UseFrench();
            foreach (var (name, width) in KpiScreens.Widths)
            {
                await Page.SetViewportSizeAsync(width, 900);
                await Page.GotoAsync(KpiPageWebHost.PageUrl + "?period=Last28Days");
                await KpiScreens.ShootAsync(Page, $"4-kpi-{language}-{name}", width);
            }
        }
        Web.Host.WorkContext.WorkingLanguage = TestLanguages.English();
        await Page.GotoAsync(KpiPageWebHost.PageUrl + "?period=Custom&from=2027-01-01&to=2028-01-01");
        await KpiScreens.ShootAsync(Page, "5-kpi-en-empty-future", 1400);

        Web.SignInAsVendor(7);
        await Page.GotoAsync(KpiPageWebHost.PageUrl + "?period=Last28Days");
        await KpiScreens.ShootAsync(Page, "6-kpi-vendor-en-desktop", 1400);
        await KpiScreens.ShootAsync(Page, "6-kpi-vendor-en-phone", 390);

        TestContext.Out.WriteLine($"Screenshots in {KpiScreens.Folder}\n" + string.Join("\n", Browser.Console));
    }
}

[Explicit("takes screenshots for a person to look at")]
public class KpiScreenshotsConfigure : BrowserTest<PluginTestHost>
{
    protected override Task<PluginTestHost> StartSiteAsync() => PluginTestHost.StartAsync();

    [Test]
    public async Task Take_screenshots_of_the_configure_page_digest_card()
    {
        foreach (var (language, french) in new[] { ("en", false), ("fr", true) })
        {
            if (french)
                Web.WorkContext.UseFrench();
            foreach (var (name, width) in KpiScreens.Widths)
            {
                await Page.SetViewportSizeAsync(width, 900);
                await Page.GotoAsync("Admin/MerchantOpsConfiguration/Configure");
                await KpiScreens.ShootAsync(Page, $"7-configure-{language}-{name}", width);
            }
        }
        TestContext.Out.WriteLine($"Screenshots in {KpiScreens.Folder}\n" + string.Join("\n", Browser.Console));
    }
}
