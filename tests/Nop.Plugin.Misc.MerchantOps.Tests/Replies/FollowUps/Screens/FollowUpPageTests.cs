using System.Net;
using System.Text.RegularExpressions;
using Moq;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services.Contracts;
using NUnit.Framework;
using static Nop.Plugin.Misc.MerchantOps.MerchantOpsDefaults;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Replies.FollowUps.Screens;

/// <summary>
/// The follow-ups page, rule form, dry run and recent follow-ups as a browser gets them (plugin test host, SQLite store,
/// Moq doubles of the finder, composer, sender and results reader).
/// </summary>
public class FollowUpPageTests
{
    private const string Script = "<svg/onload=alert(1)>";
    private const string ListUrl = "Admin/FollowUps/List";
    private const string CreateUrl = "Admin/FollowUps/Create";

    private FollowUpWebHost _web;

    [SetUp]
    public async Task StartAsync() => _web = await FollowUpWebHost.StartAsync();

    [TearDown]
    public async Task StopAsync()
    {
        var unhandled = _web.Host.UnhandledExceptions;
        await _web.DisposeAsync();
        Assert.That(unhandled, Is.Empty);
    }

    private static (string, string)[] Form(int replyId, string name = "Unpaid orders", string delay = "48", FollowUpDelayUnit unit = FollowUpDelayUnit.Hours,
        FollowUpTrigger trigger = FollowUpTrigger.UnpaidOrder, string maxReminders = "2", string conversionDays = "7", int id = 0, int version = 0) =>
    [
        ("Id", id.ToString()), ("Version", version.ToString()), ("Name", name), ("TriggerId", ((int)trigger).ToString()), ("Delay", delay),
        ("DelayUnit", ((int)unit).ToString()), ("ReplyId", replyId.ToString()), ("MaxReminders", maxReminders), ("CountFromShipped", "false"),
        ("ConversionDays", conversionDays), ("StoreId", "0")
    ];

    private static FollowUpCandidate Candidate(FollowUpRule rule, string name, string email, int orderId, string number, DateTime plannedUtc,
        FollowUpHold hold = FollowUpHold.None) => new()
    {
        RuleId = rule.Id, Trigger = rule.Trigger, StoreId = 0, CustomerId = 100 + orderId, TargetId = orderId, OrderId = orderId, OrderNumber = number,
        CustomerName = name, CustomerEmail = email, EventOnUtc = plannedUtc.AddHours(-48), DueOnUtc = plannedUtc, PlannedOnUtc = plannedUtc, Hold = hold,
        TargetVersion = 1, Amount = 25m, ItemCount = 1
    };

    // ---------- list ----------

    [Test]
    public async Task The_list_shows_each_rule_with_its_trigger_delay_reply_and_results_of_the_last_30_days_and_says_opens_are_not_measured()
    {
        var reply = await _web.ReplyAsync("Payment reminder");
        var unpaid = await _web.RuleAsync(reply, "Unpaid orders", delayHours: 48, active: true);
        var review = await _web.RuleAsync(reply, "Reviews", FollowUpTrigger.ReviewRequest, 7 * 24);
        var carts = await _web.RuleAsync(reply, "Carts", FollowUpTrigger.AbandonedCart, 24);
        _web.Results.Setup(r => r.GetAsync(It.IsAny<IReadOnlyCollection<int>>(), It.IsAny<DateTime>(), It.IsAny<DateTime>()))
            .ReturnsAsync(new Dictionary<int, FollowUpRuleResults> { [unpaid.Id] = new() { RuleId = unpaid.Id, Sent = 12, Skipped = 3, Clicked = 5, Converted = 4, Revenue = 180.5m } });

        var html = await _web.GetPageAsync(ListUrl);

        var text = FollowUpWebHost.Text(html);
        var unpaidRow = FollowUpWebHost.Text(Regex.Match(html, $"<tr data-rule-id=\"{unpaid.Id}\">.*?</tr>", RegexOptions.Singleline).Value);
        var reviewRow = FollowUpWebHost.Text(Regex.Match(html, $"<tr data-rule-id=\"{review.Id}\">.*?</tr>", RegexOptions.Singleline).Value);
        Assert.That(Regex.Split(unpaidRow.Trim(), @"\s{2,}"), Is.SupersetOf(new[] { "Unpaid orders", "Unpaid order reminder", "2 days", "Payment reminder", "Active", "12", "3", "5", "4", "$180.50" }));
        Assert.That(reviewRow, Does.Contain("Review request after delivery").And.Contain("7 days").And.Contain("Inactive").And.Contain("Activate"));
        Assert.That(FollowUpWebHost.Text(Regex.Match(html, $"<tr data-rule-id=\"{carts.Id}\">.*?</tr>", RegexOptions.Singleline).Value),
            Does.Contain("1 day").And.Not.Contain("1 days"), "one day in the singular");
        Assert.That(text, Does.Contain("Results of the last 30 days.").And.Contain("Opens are not measured"));
        Assert.That(html, Does.Contain("id=\"followup-safety-form\"").And.Contain("data-menu-system-name=\"" + Menu.RepliesFollowUps + "\"").Or.Contain(Menu.RepliesFollowUps));
        _web.Results.Verify(r => r.GetAsync(It.Is<IReadOnlyCollection<int>>(ids => ids.OrderBy(i => i).SequenceEqual(new[] { unpaid.Id, review.Id, carts.Id })),
            FollowUpWebHost.Now.AddDays(-30), FollowUpWebHost.Now), Times.Once);
    }

    // ---------- permissions and antiforgery ----------

    private async Task<List<HttpResponseMessage>> EveryActionAsync(int ruleId, int replyId, string token)
    {
        var responses = new List<HttpResponseMessage>();
        foreach (var url in new[] { ListUrl, CreateUrl, $"Admin/FollowUps/Edit/{ruleId}", $"Admin/FollowUps/DryRun/{ruleId}", $"Admin/FollowUps/Sends/{ruleId}" })
            responses.Add(await _web.Client.GetAsync(url));
        foreach (var (url, fields) in new (string, (string, string)[])[]
                 {
                     (CreateUrl, Form(replyId, "Sneaky")),
                     ($"Admin/FollowUps/Edit/{ruleId}", Form(replyId, "Changed", id: ruleId, version: 1)),
                     ($"Admin/FollowUps/Delete/{ruleId}", []),
                     ($"Admin/FollowUps/Activate/{ruleId}", []),
                     ($"Admin/FollowUps/Deactivate/{ruleId}", []),
                     ($"Admin/FollowUps/SendTest/{ruleId}", []),
                     ("Admin/FollowUps/Safety", [("Safety.FollowUpMaxPerCustomer", "9"), ("Safety.FollowUpCapDays", "9"), ("Safety.FollowUpQuietFromHour", "1"), ("Safety.FollowUpQuietToHour", "2")])
                 })
            responses.Add(await _web.Client.PostAsync(url, new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2))
                .Concat(token == null ? [] : [new("__RequestVerificationToken", token)]))));
        return responses;
    }

    private async Task AssertNothingChangedAsync(int ruleId, bool pagesRead = false)
    {
        var rule = (await _web.RulesAsync()).Single();
        Assert.That((rule.Id, rule.Name, rule.Active, rule.Deleted, rule.Version), Is.EqualTo((ruleId, "Unpaid orders", false, false, 1)));
        Assert.That((await _web.Host.Settings.LoadSettingAsync<MerchantOpsSettings>()).FollowUpMaxPerCustomer, Is.EqualTo(2));
        _web.Sender.Verify(s => s.SendTestAsync(It.IsAny<FollowUpRule>(), It.IsAny<FollowUpCandidate>(), It.IsAny<string>()), Times.Never);
        if (!pagesRead)
            _web.Finder.Verify(f => f.FindAsync(It.IsAny<FollowUpRule>(), It.IsAny<DateTime>(), It.IsAny<int>()), Times.Never);
    }

    [TestCase(Permissions.RepliesUse)]
    [TestCase(Permissions.Configure)]
    public async Task Without_Replies_manage_every_page_and_action_is_refused_and_nothing_changes(string otherPermission)
    {
        var rule = await _web.RuleAsync(await _web.ReplyAsync());
        var token = await _web.Host.GetAntiforgeryTokenAsync(_web.Client, ListUrl);
        _web.Allow(otherPermission);

        var responses = await EveryActionAsync(rule.Id, rule.ReplyId, token);

        Assert.That(responses, Has.Count.EqualTo(12));
        foreach (var response in responses)
            Assert.That(response.Headers.Location?.ToString(), Does.Contain("/Admin/Security/AccessDenied"), response.RequestMessage!.RequestUri!.ToString());
        await AssertNothingChangedAsync(rule.Id);
    }

    [Test]
    public async Task A_vendor_with_Replies_manage_is_refused_every_page_and_action_rules_are_store_wide()
    {
        var rule = await _web.RuleAsync(await _web.ReplyAsync());
        var token = await _web.Host.GetAntiforgeryTokenAsync(_web.Client, ListUrl);
        _web.SignIn(await _web.Store.CustomerAsync("vendor8@example.com", "Val", "Vendor"), vendorId: 8);

        var responses = await EveryActionAsync(rule.Id, rule.ReplyId, token);

        foreach (var response in responses)
            Assert.That(response.Headers.Location?.ToString(), Does.Contain("/Admin/Security/AccessDenied"), response.RequestMessage!.RequestUri!.ToString());
        await AssertNothingChangedAsync(rule.Id);
    }

    [Test]
    public async Task Posts_without_the_antiforgery_token_are_refused_and_change_nothing()
    {
        var rule = await _web.RuleAsync(await _web.ReplyAsync());

        var responses = (await EveryActionAsync(rule.Id, rule.ReplyId, token: null)).Skip(5).ToList();

        Assert.That(responses, Has.Count.EqualTo(7));
        foreach (var response in responses)
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), response.RequestMessage!.RequestUri!.ToString());
        await AssertNothingChangedAsync(rule.Id, pagesRead: true);
    }

    // ---------- the rule form ----------

    [Test]
    public async Task A_valid_rule_is_created_inactive_and_the_edit_form_shows_it_back()
    {
        var reply = await _web.ReplyAsync();

        var response = await _web.PostFormAsync(CreateUrl, CreateUrl, Form(reply.Id, "Bank transfers", "2", FollowUpDelayUnit.Days));

        var rule = (await _web.RulesAsync()).Single();
        Assert.That(response.Headers.Location?.ToString(), Does.EndWith($"/Admin/FollowUps/Edit/{rule.Id}"));
        Assert.That((rule.Name, rule.DelayHours, rule.MaxReminders, rule.Active, rule.Version), Is.EqualTo(("Bank transfers", 48, 2, false, 1)));
        var edit = await _web.GetPageAsync($"Admin/FollowUps/Edit/{rule.Id}");
        Assert.That(edit, Does.Contain("value=\"Bank transfers\"").And.Match("name=\"Delay\"[^>]*value=\"2\"|value=\"2\"[^>]*name=\"Delay\""));
        Assert.That(edit, Does.Match("<option selected=\"selected\" value=\"24\">days</option>|<option value=\"24\" selected=\"selected\">days</option>"));
    }

    [TestCase("0", FollowUpDelayUnit.Hours, TestName = "A_delay_of_0_is_refused_with_the_allowed_range_and_the_form_keeps_what_was_typed")]
    [TestCase("3650", FollowUpDelayUnit.Days, TestName = "A_delay_of_10_years_is_refused_with_the_allowed_range_and_the_form_keeps_what_was_typed")]
    [TestCase("soon", FollowUpDelayUnit.Hours, TestName = "A_delay_that_is_no_number_is_refused_with_the_allowed_range_and_the_form_keeps_the_rest")]
    public async Task A_delay_out_of_range_is_refused(string delay, FollowUpDelayUnit unit)
    {
        var reply = await _web.ReplyAsync();

        var response = await _web.PostFormAsync(CreateUrl, CreateUrl, Form(reply.Id, "Typed " + Script, delay, unit, maxReminders: "3", conversionDays: "12"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await _web.RulesAsync(), Is.Empty);
        var message = Regex.Match(html, "<span[^>]*data-valmsg-for=\"Delay\"[^>]*>(.*?)</span>", RegexOptions.Singleline).Groups[1].Value;
        Assert.That(FollowUpWebHost.Text(message), Does.Contain("The delay must be between 1 hour and 90 days."));
        Assert.That(html, Does.Contain("value=\"Typed &lt;svg/onload=alert(1)&gt;\"").And.Not.Contain(Script));
        Assert.That(html, Does.Match("name=\"MaxReminders\"[^>]*value=\"3\"|value=\"3\"[^>]*name=\"MaxReminders\""));
        Assert.That(html, Does.Match("name=\"ConversionDays\"[^>]*value=\"12\"|value=\"12\"[^>]*name=\"ConversionDays\""));
        Assert.That(html, Does.Match($"<option selected=\"selected\" value=\"{reply.Id}\">|<option value=\"{reply.Id}\" selected=\"selected\">"));
    }

    [Test]
    public async Task A_deleted_reply_and_other_bad_fields_each_get_their_message_on_the_form()
    {
        var reply = await _web.ReplyAsync();
        reply.Deleted = true;
        await _web.Database.Repository<Nop.Plugin.Misc.MerchantOps.Replies.Domain.CannedReply>().UpdateAsync(reply);

        var response = await _web.PostFormAsync(CreateUrl, CreateUrl, Form(reply.Id, "", "48", maxReminders: "9", conversionDays: "0"));
        var text = FollowUpWebHost.Text(await response.Content.ReadAsStringAsync());

        Assert.That(text, Does.Contain("Give the rule a name.")
            .And.Contain("The chosen reply has been deleted from the library: choose another one.")
            .And.Contain("Reminders: enter a number from 1 to 5.")
            .And.Contain("Conversion window: enter a number of days from 1 to 90."));
        Assert.That(await _web.RulesAsync(), Is.Empty);
        Assert.That(_web.Notifications, Does.Contain("The rule was not saved: see the messages on the form."));
    }

    [Test]
    public async Task Two_people_editing_one_rule_the_second_save_is_refused_with_their_typing_kept_and_the_first_save_stays()
    {
        var reply = await _web.ReplyAsync();
        var rule = await _web.RuleAsync(reply);
        var editUrl = $"Admin/FollowUps/Edit/{rule.Id}";
        // Both opened the form at version 1.
        var alice = await _web.PostFormAsync(editUrl, editUrl, Form(reply.Id, "By Alice", "24", id: rule.Id, version: 1));
        var bob = await _web.PostFormAsync(editUrl, editUrl, Form(reply.Id, "By Bob", "72", maxReminders: "4", id: rule.Id, version: 1));
        var bobHtml = await bob.Content.ReadAsStringAsync();

        Assert.That(alice.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(bob.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(FollowUpWebHost.Text(bobHtml), Does.Contain("Someone else changed this rule while you were editing it"));
        Assert.That(bobHtml, Does.Contain("value=\"By Bob\"").And.Match("name=\"Delay\"[^>]*value=\"72\"|value=\"72\"[^>]*name=\"Delay\""));
        var stored = (await _web.RulesAsync()).Single();
        Assert.That((stored.Name, stored.DelayHours, stored.Version), Is.EqualTo(("By Alice", 24, 2)));
    }

    [Test]
    public async Task Activate_deactivate_and_delete_with_its_confirmation()
    {
        var rule = await _web.RuleAsync(await _web.ReplyAsync());
        var editUrl = $"Admin/FollowUps/Edit/{rule.Id}";
        var edit = await _web.GetPageAsync(editUrl);
        Assert.That(edit, Does.Contain("data-confirm=\"Delete this rule? It stops at once; the follow-ups it sent stay in the log.\""));

        await _web.PostFormAsync($"Admin/FollowUps/Activate/{rule.Id}", ListUrl);
        var active = (await _web.RulesAsync()).Single();
        Assert.That((active.Active, active.ActivatedOnUtc), Is.EqualTo((true, (DateTime?)FollowUpWebHost.Now)));
        Assert.That(_web.Notifications, Has.Some.StartsWith("The rule is active"));

        await _web.PostFormAsync($"Admin/FollowUps/Deactivate/{rule.Id}", ListUrl);
        Assert.That((await _web.RulesAsync()).Single().Active, Is.False);

        var deleted = await _web.PostFormAsync($"Admin/FollowUps/Delete/{rule.Id}", editUrl);
        Assert.That(deleted.Headers.Location?.ToString(), Does.EndWith("/Admin/FollowUps/List"));
        Assert.That((await _web.RulesAsync()).Single().Deleted, Is.True);
        Assert.That(FollowUpWebHost.Text(await _web.GetPageAsync(ListUrl)), Does.Contain("No rule yet."));
    }

    // ---------- dry run ----------

    private async Task<(FollowUpRule Rule, FollowUpCandidate Held, FollowUpCandidate Due)> DryRunScenarioAsync(bool fellBack = true)
    {
        var rule = await _web.RuleAsync(await _web.ReplyAsync());
        // Held by quiet hours until 08:00 Paris (07:00 UTC) tomorrow, listed first; then one due now.
        var held = Candidate(rule, "Quiet Quentin", "quentin@example.com", 41, "A-41", new DateTime(2026, 12, 8, 7, 0, 0, DateTimeKind.Utc), FollowUpHold.QuietHours);
        var due = Candidate(rule, Script, "svg@example.com", 42, "A-42", FollowUpWebHost.Now.AddMinutes(-30));
        _web.Finder.Setup(f => f.FindAsync(It.Is<FollowUpRule>(r => r.Id == rule.Id), FollowUpWebHost.Now, FollowUpLimits.BatchSize)).ReturnsAsync([held, due]);
        _web.Composer.Setup(c => c.ComposeAsync(It.Is<FollowUpRule>(r => r.Id == rule.Id), due, Guid.Empty)).ReturnsAsync(new FollowUpMessage
        {
            ReplyId = rule.ReplyId, LanguageId = 2, FellBack = fellBack, ToEmail = due.CustomerEmail, ToName = due.CustomerName,
            Subject = "Your order A-42 <b>now</b>", Body = "<p>Hello &lt;svg/onload=alert(1)&gt;</p><script>alert(2)</script>"
        });
        return (rule, held, due);
    }

    [Test]
    public async Task The_dry_run_lists_who_would_get_it_with_reason_hold_and_planned_time_in_the_stores_time_zone_and_a_sample_of_the_first_that_goes_now()
    {
        var (rule, _, due) = await DryRunScenarioAsync();

        var html = await _web.GetPageAsync($"Admin/FollowUps/DryRun/{rule.Id}");

        var rows = Regex.Matches(Regex.Match(html, "<tbody>.*?</tbody>", RegexOptions.Singleline).Value, "<tr.*?</tr>", RegexOptions.Singleline)
            .Select(m => Regex.Replace(FollowUpWebHost.Text(m.Value), @"\s+", " ").Trim()).ToList();
        Assert.That(rows, Has.Count.EqualTo(2));
        Assert.That(rows[0], Does.Contain("Quiet Quentin").And.Contain("quentin@example.com").And.Contain("Order A-41 · reminder 1")
            .And.Contain("12/8/2026 8:00 AM"), "planned at the end of the quiet hours, Paris time");
        Assert.That(rows[0], Does.Contain("Waits for the end of the quiet hours"), "the hold in words");
        Assert.That(rows[1], Does.Contain(Script).And.Contain("svg@example.com").And.Contain("Order A-42").And.Contain("goes at the next run").And.Contain("12/7/2026 10:30 AM"));
        Assert.That(rows[1], Does.Contain("Pending payment since 12/5/2026 10:30 AM, reminder 1 of 2"), "the reason with its values, Paris time");
        Assert.That(FollowUpWebHost.Text(html), Does.Contain("Times are in the store’s time zone (Europe/Paris)."));

        Assert.That(FollowUpWebHost.Text(Regex.Match(html, "id=\"followup-sample-for\"[^>]*>.*?</p>", RegexOptions.Singleline).Value), Does.Contain(Script + " <svg@example.com>"));
        Assert.That(Regex.Match(html, "<strong id=\"followup-sample-subject\">(.*?)</strong>").Groups[1].Value, Is.EqualTo("Your order A-42 &lt;b&gt;now&lt;/b&gt;"));
        Assert.That(html, Does.Contain("id=\"followup-sample-fellback\""));
        _web.Composer.Verify(c => c.ComposeAsync(It.IsAny<FollowUpRule>(), due, Guid.Empty), Times.Once);
    }

    [Test]
    public async Task A_customer_named_with_a_script_is_text_in_the_dry_run_and_the_sample_body_is_only_in_a_sandboxed_frame_without_scripts()
    {
        var (rule, _, _) = await DryRunScenarioAsync();

        var html = await _web.GetPageAsync($"Admin/FollowUps/DryRun/{rule.Id}");

        Assert.That(html, Does.Not.Contain(Script), "no raw tag of the customer's name");
        Assert.That(html, Does.Not.Contain("<script>alert(2)"), "the body's script is nowhere as markup");
        Assert.That(html, Does.Contain("&lt;svg/onload=alert(1)&gt;"));
        var frame = Regex.Match(html, "<iframe[^>]*id=\"followup-sample-body\"[^>]*>", RegexOptions.Singleline).Value;
        Assert.That(frame, Does.Contain("sandbox=\"\""), "sandboxed, no allow-scripts");
        Assert.That(frame, Does.Not.Contain("allow-"));
        var srcdoc = WebUtility.HtmlDecode(Regex.Match(frame, "srcdoc=\"([^\"]*)\"").Groups[1].Value);
        Assert.That(srcdoc, Is.EqualTo("<p>Hello &lt;svg/onload=alert(1)&gt;</p><script>alert(2)</script>"), "the body, whole, only as the frame's document");
        Assert.That(Regex.Matches(html, "<p>Hello").Count, Is.Zero, "the body's markup is not in the page itself");
    }

    [Test]
    public async Task Without_candidates_the_dry_run_says_so_and_offers_no_sample()
    {
        var rule = await _web.RuleAsync(await _web.ReplyAsync());

        var html = await _web.GetPageAsync($"Admin/FollowUps/DryRun/{rule.Id}");

        Assert.That(FollowUpWebHost.Text(html), Does.Contain("Nobody would get this follow-up right now."));
        Assert.That(html, Does.Not.Contain("followup-sample-body").And.Not.Contain("followup-send-test"));
        _web.Composer.Verify(c => c.ComposeAsync(It.IsAny<FollowUpRule>(), It.IsAny<FollowUpCandidate>(), It.IsAny<Guid>()), Times.Never);
    }

    [Test]
    public async Task Send_a_test_to_me_queues_the_sample_to_the_signed_in_persons_address_and_says_so()
    {
        var (rule, _, due) = await DryRunScenarioAsync(fellBack: false);
        var dryRunUrl = $"Admin/FollowUps/DryRun/{rule.Id}";
        Assert.That(FollowUpWebHost.Text(await _web.GetPageAsync(dryRunUrl)), Does.Contain("Send a test to me (agent@example.com)"));
        _web.Sender.Setup(s => s.SendTestAsync(It.Is<FollowUpRule>(r => r.Id == rule.Id), due, "agent@example.com"))
            .ReturnsAsync(new FollowUpMessage { ToEmail = "agent@example.com", Subject = "x", Body = "<p>x</p>" });

        var response = await _web.PostFormAsync($"Admin/FollowUps/SendTest/{rule.Id}", dryRunUrl);

        Assert.That(response.Headers.Location?.ToString(), Does.EndWith($"/Admin/FollowUps/DryRun/{rule.Id}"));
        _web.Sender.Verify(s => s.SendTestAsync(It.Is<FollowUpRule>(r => r.Id == rule.Id), due, "agent@example.com"), Times.Once);
        Assert.That(_web.Notifications, Does.Contain("A test has been queued to agent@example.com. It is not counted as sent to the customer."));
    }

    [Test]
    public async Task A_test_the_sender_skips_is_reported_with_its_reason()
    {
        var (rule, _, _) = await DryRunScenarioAsync();
        _web.Sender.Setup(s => s.SendTestAsync(It.IsAny<FollowUpRule>(), It.IsAny<FollowUpCandidate>(), It.IsAny<string>()))
            .ReturnsAsync(new FollowUpMessage { SkipReason = "Plugins.Misc.MerchantOps.Replies.Send.NoEmailAccount" });

        await _web.PostFormAsync($"Admin/FollowUps/SendTest/{rule.Id}", $"Admin/FollowUps/DryRun/{rule.Id}");

        Assert.That(_web.Notifications.Single(), Does.StartWith("The test could not be sent."));
        Assert.That(_web.Notifications.Single(), Does.Not.Contain("Plugins.Misc.MerchantOps.Replies.Send.NoEmailAccount"), "the reason in words");
    }

    // ---------- recent follow-ups ----------

    [Test]
    public async Task Recent_follow_ups_are_newest_first_paged_with_customer_target_status_and_skip_reason_and_a_script_name_is_text()
    {
        var reply = await _web.ReplyAsync();
        var rule = await _web.RuleAsync(reply);
        var svg = await _web.Store.CustomerAsync("svg@example.com", Script, "Martin");
        var order = await _web.Store.OrderAsync(svg);
        var sends = _web.Database.Repository<FollowUpSend>();
        for (var i = 0; i < 55; i++)
            await sends.InsertAsync(new FollowUpSend
            {
                RuleId = rule.Id, CustomerId = svg.Id, TargetId = order.Id, OrderId = order.Id, TargetVersion = i + 1, SendKey = Guid.NewGuid(), ClickToken = Guid.NewGuid(),
                Status = i == 54 ? FollowUpSendStatus.Skipped : FollowUpSendStatus.Queued, SkipReason = i == 54 ? "Plugins.Misc.MerchantOps.FollowUps.Rule.ReplyDeleted" : null,
                CreatedOnUtc = FollowUpWebHost.Now.AddMinutes(i - 100), SentOnUtc = i == 54 ? null : FollowUpWebHost.Now.AddMinutes(i - 100),
                ClickedOnUtc = i == 53 ? FollowUpWebHost.Now : null
            }, false);

        var html = await _web.GetPageAsync($"Admin/FollowUps/Sends/{rule.Id}");

        var rows = Regex.Matches(Regex.Match(html, "<tbody>.*?</tbody>", RegexOptions.Singleline).Value, "<tr>.*?</tr>", RegexOptions.Singleline)
            .Select(m => Regex.Replace(FollowUpWebHost.Text(m.Value), @"\s+", " ").Trim()).ToList();
        Assert.That(rows, Has.Count.EqualTo(50));
        Assert.That(rows[0], Does.Contain($"{Script} Martin <svg@example.com>").And.Contain($"Order {order.CustomOrderNumber} · reminder 55").And.Contain("Skipped")
            .And.Contain("The chosen reply has been deleted from the library"));
        Assert.That(rows[1], Does.Contain("reminder 54").And.Contain("Sent to the queue").And.Contain("12/7/2026 10:00 AM"), "clicked");
        Assert.That(html, Does.Not.Contain(Script).And.Contain("&lt;svg/onload=alert(1)&gt; Martin"));
        Assert.That(FollowUpWebHost.Text(html), Does.Contain("Page 1 of 2 (55 follow-ups)"));

        var second = await _web.GetPageAsync($"Admin/FollowUps/Sends/{rule.Id}?page=1");
        Assert.That(Regex.Matches(Regex.Match(second, "<tbody>.*?</tbody>", RegexOptions.Singleline).Value, "<tr>").Count, Is.EqualTo(5));
        Assert.That(FollowUpWebHost.Text(second), Does.Contain("reminder 1 ").And.Contain("Page 2 of 2"));
    }

    // ---------- safety settings ----------

    [Test]
    public async Task The_safety_settings_are_checked_the_typed_values_kept_and_saved_when_right()
    {
        var bad = await _web.PostFormAsync("Admin/FollowUps/Safety", ListUrl, ("Safety.FollowUpMaxPerCustomer", "0"), ("Safety.FollowUpCapDays", "400"),
            ("Safety.FollowUpQuietFromHour", "24"), ("Safety.FollowUpQuietToHour", "7"), ("Safety.FollowUpCartWithoutConsent", "true"));
        var html = await bad.Content.ReadAsStringAsync();

        Assert.That(bad.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var text = FollowUpWebHost.Text(html);
        Assert.That(text, Does.Contain("Enter a number of follow-ups from 1 to 20.").And.Contain("Enter a number of days from 1 to 90.").And.Contain("Enter an hour from 0 to 23."));
        Assert.That(html, Does.Match("name=\"Safety.FollowUpCapDays\"[^>]*value=\"400\"|value=\"400\"[^>]*name=\"Safety.FollowUpCapDays\""));
        Assert.That((await _web.Host.Settings.LoadSettingAsync<MerchantOpsSettings>()).FollowUpCapDays, Is.EqualTo(7));

        var good = await _web.PostFormAsync("Admin/FollowUps/Safety", ListUrl, ("Safety.FollowUpMaxPerCustomer", "3"), ("Safety.FollowUpCapDays", "10"),
            ("Safety.FollowUpQuietFromHour", "22"), ("Safety.FollowUpQuietToHour", "7"), ("Safety.FollowUpCartWithoutConsent", "true"));

        Assert.That(good.Headers.Location?.ToString(), Does.EndWith("/Admin/FollowUps/List"));
        var saved = (await _web.Host.Settings.LoadSettingAsync<MerchantOpsSettings>());
        Assert.That((saved.FollowUpMaxPerCustomer, saved.FollowUpCapDays, saved.FollowUpQuietFromHour, saved.FollowUpQuietToHour, saved.FollowUpCartWithoutConsent),
            Is.EqualTo((3, 10, 22, 7, true)));
        var list = await _web.GetPageAsync(ListUrl);
        Assert.That(WebUtility.HtmlDecode(list), Does.Contain("abandoned-cart reminders go only to customers subscribed to the store’s newsletter"), "the consent rule said in the field's help");
    }
}
