using NUnit.Framework;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Planner.Web;

/// <summary>
/// Screenshots of the planner for a person to look at (not a check): the first open with the routine offer, the French
/// routine's week, a block's form, the narrow day view and the shoot list. Run with
/// <c>--filter FullyQualifiedName~PlannerScreenshots</c>; the PNGs go to $TMPDIR/merchantops-screens.
/// </summary>
[Explicit("takes screenshots for a person to look at")]
public class PlannerScreenshots : BrowserTest<PlannerWebHost>
{
    protected override Task<PlannerWebHost> StartSiteAsync() => PlannerWebHost.StartAsync();

    [Test]
    public async Task Take_screenshots_of_the_planner()
    {
        var folder = Path.Combine(Path.GetTempPath(), "merchantops-screens");
        Directory.CreateDirectory(folder);
        var page = Page;
        await page.SetViewportSizeAsync(1400, 900);

        await page.GotoAsync("Admin/Planner/Index?day=2026-03-02");
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "planner-1-first-open.png") });

        await page.Locator("#planner-routine-fr").ClickAsync();
        await page.WaitForSelectorAsync(".planner-block");
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "planner-2-routine-week.png"), FullPage = true });

        await page.Locator(".planner-block").First.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/Admin/Planner/Edit/**");
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "planner-3-block-form.png"), FullPage = true });

        await page.SetViewportSizeAsync(420, 900);
        await page.GotoAsync("Admin/Planner/Index?day=2026-03-02");
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "planner-4-day-view.png"), FullPage = true });

        await page.SetViewportSizeAsync(1400, 900);
        await page.GotoAsync("Admin/PlannerFeed/Index");
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "planner-5-feed.png"), FullPage = true });
        Assert.Pass($"screenshots in {folder}");
    }
}
