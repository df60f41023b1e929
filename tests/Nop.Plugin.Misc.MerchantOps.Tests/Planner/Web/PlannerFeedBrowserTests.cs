using Microsoft.Playwright;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Planner.Web;

/// <summary>The calendar link page in Chromium: made with the keyboard, copied with its button, never shown again.</summary>
public class PlannerFeedBrowserTests : BrowserTest<PlannerFeedWebHost>
{
    protected override Task<PlannerFeedWebHost> StartSiteAsync() => PlannerFeedWebHost.StartAsync();

    [Test]
    public async Task The_link_is_made_with_the_keyboard_copied_by_its_button_served_to_a_calendar_and_gone_after_reloading()
    {
        var store = Web.Store;
        await Web.App(store.Alice).Blocks.CreateAsync(store.Request("<svg/onload=alert(1)>", new DateTime(2026, 3, 3, 9, 0, 0), "FREQ=WEEKLY;BYDAY=TU", 30, store.Alice.Id));
        await Browser.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new BrowserContextGrantPermissionsOptions { Origin = Web.BaseAddress.ToString().TrimEnd('/') });
        await Page.GotoAsync(PlannerFeedWebHost.FeedPage);
        Assert.That(await Page.Locator("#planner-feed-week li").InnerTextAsync(), Does.EndWith("<svg/onload=alert(1)>"), "the title shown as text");

        await Page.Locator("#planner-feed-create button").FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        var link = Page.Locator("#planner-feed-url");
        await link.WaitForAsync();
        var url = await link.InputValueAsync();
        await Page.Locator("#planner-feed-copy").FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Page.Locator("#planner-feed-copy-status")).ToHaveTextAsync("Copied. Paste it into your calendar app.");
        var copied = await Page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        var webcal = await Page.Locator("#planner-feed-webcal").GetAttributeAsync("href");

        Assert.That(copied, Is.EqualTo(url).And.StartWith(Web.BaseAddress + "merchantops/planner/"));
        Assert.That(webcal, Is.EqualTo("webcal://" + url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..]));
        var feed = await Browser.Context.APIRequest.GetAsync(url);
        Assert.That((feed.Status, feed.Headers["content-type"]), Is.EqualTo((200, "text/calendar; charset=utf-8")));
        Assert.That(await feed.TextAsync(), Does.Contain("SUMMARY:<svg/onload=alert(1)>"));

        await Page.GotoAsync(PlannerFeedWebHost.FeedPage);
        Assert.That(await Page.Locator("#planner-feed-url").CountAsync(), Is.Zero, "shown once");
        Assert.That(await Page.ContentAsync(), Does.Not.Contain(PlannerFeedWebHost.TokenOf(url)));
        Assert.That(Browser.Dialogs, Is.Empty, "no script of a title ran");
    }
}
