using Microsoft.Playwright;
using Moq;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services.Contracts;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Replies.FollowUps.Screens;

/// <summary>
/// Screenshots of the follow-up screens for a person to look at (not a check): the list with results and the safety card,
/// the rule form, and the dry run with its sample, in English and French. Run with
/// <c>--filter FullyQualifiedName~FollowUpScreenshots</c>; the PNGs go to $TMPDIR/merchantops-screens/followups.
/// </summary>
[Explicit("takes screenshots for a person to look at")]
public class FollowUpScreenshots : BrowserTest<FollowUpWebHost>
{
    protected override Task<FollowUpWebHost> StartSiteAsync() => FollowUpWebHost.StartAsync();

    private static string Folder
    {
        get
        {
            var folder = Path.Combine(Path.GetTempPath(), "merchantops-screens", "followups");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    private async Task ShootAsync(string name)
    {
        await Page.WaitForTimeoutAsync(300);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, name + ".png"), FullPage = true });
    }

    [Test]
    public async Task Take_screenshots_of_the_list_the_rule_form_and_the_dry_run()
    {
        var reply = await Web.ReplyAsync("Payment reminder");
        var unpaid = await Web.RuleAsync(reply, "Unpaid orders, after 48 hours", active: true);
        var review = await Web.RuleAsync(reply, "Review request, 7 days after delivery", FollowUpTrigger.ReviewRequest, 7 * 24);
        await Web.RuleAsync(reply, "Abandoned cart, after 24 hours", FollowUpTrigger.AbandonedCart, 24);
        Web.Results.Setup(r => r.GetAsync(It.IsAny<IReadOnlyCollection<int>>(), It.IsAny<DateTime>(), It.IsAny<DateTime>()))
            .ReturnsAsync(new Dictionary<int, FollowUpRuleResults>
            {
                [unpaid.Id] = new() { RuleId = unpaid.Id, Sent = 42, Skipped = 3, Clicked = 17, Converted = 11, Revenue = 1234.5m },
                [review.Id] = new() { RuleId = review.Id, Sent = 120, Skipped = 8, Clicked = 35, Converted = 22 }
            });
        var candidates = Enumerable.Range(1, 6).Select(i => new FollowUpCandidate
        {
            RuleId = unpaid.Id, Trigger = FollowUpTrigger.UnpaidOrder, CustomerId = i, TargetId = 1000 + i, OrderId = 1000 + i, OrderNumber = $"A-{1000 + i}",
            CustomerName = i == 2 ? "<svg/onload=alert(1)>" : $"Customer {i}", CustomerEmail = $"c{i}@example.com", TargetVersion = 1,
            PlannedOnUtc = FollowUpWebHost.Now.AddHours(i - 3), DueOnUtc = FollowUpWebHost.Now.AddHours(i - 3),
            Hold = i == 4 ? FollowUpHold.QuietHours : i == 5 ? FollowUpHold.CapReached : FollowUpHold.None
        }).ToList();
        Web.Finder.Setup(f => f.FindAsync(It.IsAny<FollowUpRule>(), It.IsAny<DateTime>(), It.IsAny<int>())).ReturnsAsync(candidates);
        Web.Composer.Setup(c => c.ComposeAsync(It.IsAny<FollowUpRule>(), It.IsAny<FollowUpCandidate>(), Guid.Empty)).ReturnsAsync(new FollowUpMessage
        {
            Subject = "Your order A-1001 is awaiting payment", FellBack = true,
            Body = "<p>Hello Customer 1,</p><p>We have not yet received the payment for your order A-1001.</p><p><a href=\"#\">Unsubscribe</a></p>"
        });

        foreach (var (language, french) in new[] { ("en", false), ("fr", true) })
        {
            if (french)
                Web.Host.WorkContext.UseFrench();
            await Page.SetViewportSizeAsync(1400, 900);
            await Page.GotoAsync("Admin/FollowUps/List");
            await ShootAsync($"1-list-{language}");
            await Page.GotoAsync($"Admin/FollowUps/Edit/{unpaid.Id}");
            await ShootAsync($"2-edit-{language}");
            await Page.GotoAsync($"Admin/FollowUps/DryRun/{unpaid.Id}");
            await ShootAsync($"3-dryrun-{language}");
        }

        Web.Host.WorkContext.WorkingLanguage = TestLanguages.English();
        TestContext.Out.WriteLine($"Screenshots in {Folder}\n" + string.Join("\n", Browser.Console));
    }
}
