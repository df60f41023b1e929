using Microsoft.Playwright;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Planner.Web;

/// <summary>
/// The week page in headless chromium (Debian's), on Monday 2 March 2026 in Paris: a block created, moved, resized
/// and ticked done with the keyboard only; an occurrence of a series dragged and resized with the mouse; the day view
/// of a narrow screen. What the page shows is checked against the rows the planner wrote.
/// </summary>
[NonParallelizable]
public class PlannerBrowserTests : BrowserTest<PlannerWebHost>
{
    private const string WeekUrl = "Admin/Planner/Index?day=2026-03-02";

    protected override Task<PlannerWebHost> StartSiteAsync() => PlannerWebHost.StartAsync();

    private Task AnnouncedAsync(string text) =>
        Page.WaitForFunctionAsync("t => (document.getElementById('planner-announce').textContent || '').indexOf(t) >= 0", text);

    private async Task<string> AnnouncementAsync() => await Page.Locator("#planner-announce").TextContentAsync();

    [Test]
    public async Task A_block_is_created_moved_resized_and_ticked_done_with_the_keyboard_only()
    {
        await Page.GotoAsync(WeekUrl);
        await Page.Locator("#planner-add").FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Page.WaitForURLAsync("**/Admin/Planner/Create**");
        await Page.Locator("#Title").FocusAsync();
        await Page.Keyboard.TypeAsync("Call the <b>supplier</b>");
        await Page.Keyboard.PressAsync("Tab");
        await Page.Keyboard.TypeAsync("Purchasing");
        await Page.Keyboard.PressAsync("Enter");
        await Page.WaitForURLAsync("**/Admin/Planner?**");

        var block = Page.Locator(".planner-block[data-title='Call the <b>supplier</b>']");
        Assert.That(await block.GetAttributeAsync("data-start"), Is.EqualTo("2026-03-02T09:00"), "the day's 09:00, as the add link offered");
        Assert.That(await Page.Locator(".planner-block b").CountAsync(), Is.Zero, "the title is text");

        await block.FocusAsync();
        await Page.Keyboard.PressAsync("ArrowDown");
        await AnnouncedAsync("2026-03-02 09:15");
        await Page.Keyboard.PressAsync("ArrowRight");
        await AnnouncedAsync("2026-03-03 09:15");
        await Page.Keyboard.PressAsync("Shift+ArrowDown");
        await AnnouncedAsync("75");
        var stored = (await Web.BlocksAsync()).Single();
        Assert.That((stored.StartLocal, stored.DurationMinutes), Is.EqualTo((new DateTime(2026, 3, 3, 9, 15, 0), 75)));
        Assert.That(await Page.Locator("#planner-day-2026-03-03 .planner-block").CountAsync(), Is.EqualTo(1), "shown on Tuesday now");
        Assert.That(await Page.EvaluateAsync<bool>("() => document.activeElement.classList.contains('planner-block')"), Is.True, "focus stays on the block");

        await Page.Keyboard.PressAsync("Space");
        await Page.Locator(".planner-block.is-done").WaitForAsync();
        var completion = (await Web.CompletionsAsync()).Single();
        Assert.That((completion.BlockId, completion.OccurrenceStartLocal), Is.EqualTo((stored.Id, new DateTime(2026, 3, 3, 9, 15, 0))));

        await Page.Keyboard.PressAsync("Enter");
        await Page.WaitForURLAsync($"**/Admin/Planner/Edit/{stored.Id}**");
        Assert.That(await Page.Locator("#Title").InputValueAsync(), Is.EqualTo("Call the <b>supplier</b>"));
        Assert.That(Browser.Dialogs, Is.Empty);
    }

    [Test]
    public async Task An_occurrence_of_a_series_is_dragged_and_resized_with_the_mouse_and_only_it_moves()
    {
        await Web.BlockAsync("Figures", new DateTime(2026, 3, 2, 10, 0, 0), "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", 60);
        await Page.GotoAsync(WeekUrl);
        var wednesday = Page.Locator("#planner-day-2026-03-04 .planner-block");
        var box = (await wednesday.BoundingBoxAsync())!;
        var perMinute = (await Page.Locator("#planner-day-2026-03-04 .planner-day-body").BoundingBoxAsync())!.Height / ((20 - 7) * 60);

        // one hour down: drag from the block's middle
        var x = box.X + box.Width / 2;
        var y = box.Y + 10;
        await Page.Mouse.MoveAsync(x, y);
        await Page.Mouse.DownAsync();
        await Page.Mouse.MoveAsync(x, y + 30 * perMinute, new MouseMoveOptions { Steps = 4 });
        await Page.Mouse.MoveAsync(x, y + 60 * perMinute + 2, new MouseMoveOptions { Steps = 4 });
        await Page.Mouse.UpAsync();
        await AnnouncedAsync("2026-03-04 11:00");

        var moved = (await Web.ExceptionsAsync()).Single();
        Assert.That((moved.OriginalStartLocal, moved.MovedStartLocal, moved.MovedDurationMinutes),
            Is.EqualTo((new DateTime(2026, 3, 4, 10, 0, 0), (DateTime?)new DateTime(2026, 3, 4, 11, 0, 0), (int?)60)));
        Assert.That(await Page.Locator("#planner-day-2026-03-05 .planner-block").GetAttributeAsync("data-start"), Is.EqualTo("2026-03-05T10:00"),
            "the other occurrences stay");
        Assert.That((await Web.BlocksAsync()).Single().StartLocal, Is.EqualTo(new DateTime(2026, 3, 2, 10, 0, 0)));

        // its bottom edge half an hour down: 90 minutes
        var handle = Page.Locator("#planner-day-2026-03-04 .planner-resize");
        await Page.Mouse.MoveAsync(0, 0);
        var edge = (await handle.BoundingBoxAsync())!;
        await Page.Mouse.MoveAsync(edge.X + edge.Width / 2, edge.Y + edge.Height / 2);
        await Page.Mouse.DownAsync();
        await Page.Mouse.MoveAsync(edge.X + edge.Width / 2, edge.Y + edge.Height / 2 + 30 * perMinute + 2, new MouseMoveOptions { Steps = 4 });
        await Page.Mouse.UpAsync();
        await AnnouncedAsync("90");

        moved = (await Web.ExceptionsAsync()).Single();
        Assert.That((moved.MovedStartLocal, moved.MovedDurationMinutes), Is.EqualTo(((DateTime?)new DateTime(2026, 3, 4, 11, 0, 0), (int?)90)),
            await AnnouncementAsync());
        Assert.That(Browser.Dialogs, Is.Empty);
    }

    [Test]
    public async Task A_title_typed_as_a_script_stays_text_in_the_browser()
    {
        await Web.BlockAsync("<svg/onload=alert(1)>", new DateTime(2026, 3, 3, 10, 0, 0));
        await Page.GotoAsync(WeekUrl);

        Assert.That(await Page.Locator(".planner-block-title").InnerTextAsync(), Is.EqualTo("<svg/onload=alert(1)>"));
        Assert.That(await Page.Locator("#planner-week svg").CountAsync(), Is.Zero);
        await Page.WaitForTimeoutAsync(300);
        Assert.That(Browser.Dialogs, Is.Empty, "no script ran");
    }

    [Test]
    public async Task A_narrow_screen_shows_one_day_and_its_tabs_switch_days()
    {
        await Web.BlockAsync("Figures", new DateTime(2026, 3, 2, 10, 0, 0), "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", 60);
        await Page.SetViewportSizeAsync(390, 844);
        await Page.GotoAsync(WeekUrl);

        Assert.That(await Page.Locator("#planner-day-2026-03-02").IsVisibleAsync(), Is.True, "today");
        Assert.That(await Page.Locator("#planner-day-2026-03-03").IsVisibleAsync(), Is.False);
        await Page.Locator(".planner-tab[data-day='2026-03-03']").ClickAsync();
        Assert.That(await Page.Locator("#planner-day-2026-03-03").IsVisibleAsync(), Is.True);
        Assert.That(await Page.Locator("#planner-day-2026-03-02").IsVisibleAsync(), Is.False);
        Assert.That(await Page.Locator(".planner-tab[data-day='2026-03-03']").GetAttributeAsync("aria-selected"), Is.EqualTo("true"));
    }
}
