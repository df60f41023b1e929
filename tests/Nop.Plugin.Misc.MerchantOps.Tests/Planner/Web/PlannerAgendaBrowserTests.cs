using Microsoft.Playwright;
using Nop.Plugin.Misc.MerchantOps.Planner.Domain;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Planner.Web;

/// <summary>
/// The dashboard agenda in headless chromium (Debian's): an occurrence ticked done with the keyboard only, in place
/// (planner-agenda.js posts the form asking for JSON), recorded once; a title typed as a script stays text.
/// </summary>
[NonParallelizable]
public class PlannerAgendaBrowserTests : BrowserTest<PlannerAgendaWebHost>
{
    private const string Script = "<svg/onload=alert(1)>";

    protected override Task<PlannerAgendaWebHost> StartSiteAsync() => PlannerAgendaWebHost.StartAsync();

    private IQueryable<PlannerOccurrenceCompletion> Completions => Web.Database.Repository<PlannerOccurrenceCompletion>().Table;

    [Test]
    public async Task An_occurrence_is_ticked_done_with_the_keyboard_only_in_place_and_once()
    {
        var store = Web.Store;
        var block = await Web.BlockAsync(store.Alice, Script, new DateTime(2026, 3, 2, 9, 30, 0), assigneeId: store.Alice.Id);
        await Web.BlockAsync(store.Alice, "Packing", new DateTime(2026, 3, 2, 14, 0, 0));

        await Page.GotoAsync(PlannerDashboardProbeController.DashboardUrl);
        var item = Page.Locator($".planner-agenda-item[data-block-id=\"{block}\"]");
        Assert.That(await item.Locator(".planner-agenda-title").InnerTextAsync(), Is.EqualTo(Script));
        var tick = item.Locator("button.planner-agenda-tick");

        // from the page's first link, Tab until the item's note field, type a note, Tab to its button, Enter
        await Page.Locator("#probe-first-link").FocusAsync();
        var note = item.Locator("input[name=note]");
        for (var presses = 0; presses < 30 && !await note.EvaluateAsync<bool>("e => e === document.activeElement"); presses++)
            await Page.Keyboard.PressAsync("Tab");
        Assert.That(await note.EvaluateAsync<bool>("e => e === document.activeElement"), Is.True, "the note field is reachable with Tab");
        await Page.Keyboard.TypeAsync("figures sent");
        await Page.Keyboard.PressAsync("Tab");
        Assert.That(await tick.EvaluateAsync<bool>("e => e === document.activeElement"), Is.True, "the Done button follows the note");
        await Page.Keyboard.PressAsync("Enter");

        await Page.WaitForFunctionAsync($"() => document.querySelector('.planner-agenda-item[data-block-id=\"{block}\"]').classList.contains('is-done')");
        Assert.That(Page.Url, Does.EndWith(PlannerDashboardProbeController.DashboardUrl), "ticked in place, no page load");
        Assert.That(await item.Locator(".planner-agenda-message").InnerTextAsync(), Is.EqualTo("Done."));
        Assert.That(await tick.CountAsync(), Is.Zero, "the form is gone: no second tick from this page");
        Assert.That(await item.Locator(".planner-agenda-state").EvaluateAsync<bool>("e => e === document.activeElement"), Is.True,
            "focus stays on the item");

        var completion = Completions.Single();
        Assert.That(completion.BlockId, Is.EqualTo(block));
        Assert.That(completion.DoneByCustomerId, Is.EqualTo(store.Alice.Id));
        Assert.That(completion.Note, Is.EqualTo("figures sent"));

        // the next load shows who and when (09:00 in Paris)
        await Page.ReloadAsync();
        Assert.That(await item.Locator(".planner-agenda-done").InnerTextAsync(), Does.Contain("Done by Alice Martin at 09:00"));
        Assert.That(await Page.Locator("#merchantops-planner-agenda svg").CountAsync(), Is.Zero);
        await Page.WaitForTimeoutAsync(300);
        Assert.That(Browser.Dialogs, Is.Empty, "a script typed as a title ran");
    }
}
