using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Newtonsoft.Json.Linq;
using Nop.Plugin.Misc.MerchantOps.Planner.Domain;
using Nop.Plugin.Misc.MerchantOps.Planner.Factories;
using Nop.Plugin.Misc.MerchantOps.Planner.Models;
using Nop.Plugin.Misc.MerchantOps.Planner.Services;
using Nop.Plugin.Misc.MerchantOps.Planner.Services.Contracts;
using Nop.Services.Messages;
using NUnit.Framework;
using static Nop.Plugin.Misc.MerchantOps.MerchantOpsDefaults;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Planner.Web;

/// <summary>
/// The week page, the block form and the occurrence actions as a browser (or the agenda's script) gets them, over the
/// planner's services and a SQLite store in Paris; the week shown is that of Monday 2 March 2026.
/// </summary>
public class PlannerPageTests
{
    private const string WeekUrl = "Admin/Planner/Index?day=2026-03-02";
    private const string CreateUrl = "Admin/Planner/Create";
    private const string Script = "<svg/onload=alert(1)>";

    private PlannerWebHost _web;

    [SetUp]
    public async Task StartAsync() => _web = await PlannerWebHost.StartAsync();

    [TearDown]
    public async Task StopAsync()
    {
        var unhandled = _web.Host.UnhandledExceptions;
        await _web.DisposeAsync();
        Assert.That(unhandled, Is.Empty);
    }

    private static (string, string)[] Form(string title, string date = "2026-03-03", string time = "10:00", int minutes = 60,
        PlannerRepeat repeat = PlannerRepeat.None, int interval = 1, string notes = "", string procedure = "", params int[] days)
    {
        var fields = new List<(string, string)>
        {
            ("Title", title), ("Category", "Ops"), ("StartDate", date), ("StartTime", time), ("DurationMinutes", minutes.ToString()),
            ("Colour", "#00a65a"), ("AssigneeCustomerId", "0"), ("LiveBindingId", "0"), ("Notes", notes), ("Procedure", procedure),
            ("Repeat", ((int)repeat).ToString()), ("RepeatInterval", interval.ToString()), ("MonthlyOrdinal", "1"), ("MonthlyDay", "1"),
            ("RepeatEnd", "0"), ("RepeatUntil", ""), ("RepeatCount", "")
        };
        fields.AddRange(days.Select(day => ("RepeatDays", day.ToString())));
        return fields.ToArray();
    }

    private static (string, string)[] EditForm(PlannerBlock block, int version, string title, string date, string time, int minutes = 60,
        PlannerEditScope scope = PlannerEditScope.All, string occurrence = null, PlannerRepeat repeat = PlannerRepeat.None, params int[] days) =>
    [
        ("Id", block.Id.ToString()), ("Version", version.ToString()), ("Scope", ((int)scope).ToString()),
        ("OccurrenceStart", occurrence ?? ""), ("ShownStart", occurrence ?? ""),
        .. Form(title, date, time, minutes, repeat, 1, "", "", days)
    ];

    // ---------- menu, permission, antiforgery ----------

    [Test]
    public async Task The_week_page_is_the_planner_menu_item_with_the_calendar_feed_and_shoot_list_links_and_a_menu_node_needing_Planner()
    {
        var html = await _web.GetPageAsync(WeekUrl);

        Assert.That(html, Does.Contain("data-menu-system-name=\"MerchantOps.Planner\""));
        Assert.That(Regex.Match(html, "<a[^>]*id=\"planner-feed-link\"[^>]*>").Value, Does.Contain("href=\"/Admin/PlannerFeed\"").Or.Contain("href=\"/Admin/PlannerFeed/Index\""), "the feed page's URL (Index is the default action)");
        Assert.That(PlannerWebHost.Text(html), Does.Contain("Calendar feed"));
        Assert.That(Regex.Match(html, "<a[^>]*id=\"planner-shoot-list-link\"[^>]*>").Value, Does.Contain("href=\"/Admin/PlannerShootList/List\""), "the shoot list is reached from the week");
        Assert.That(PlannerWebHost.Text(html), Does.Contain("Shoot list"));

        var localization = new Mock<Nop.Services.Localization.ILocalizationService>();
        localization.Setup(l => l.GetResourceAsync("Plugins.Misc.MerchantOps.Menu.Planner")).ReturnsAsync("Planner");
        var adminMenu = new Mock<Nop.Web.Framework.Menu.IAdminMenu>();
        adminMenu.Setup(m => m.GetMenuItemUrl("Planner", "Index")).Returns("/Admin/Planner/Index");
        var node = await Nop.Plugin.Misc.MerchantOps.Planner.PlannerMenu.BuildAsync(localization.Object,
            new Nop.Web.Framework.Events.AdminMenuCreatedEvent(adminMenu.Object, new Nop.Web.Framework.Menu.AdminMenuItem()));
        Assert.That((node.SystemName, node.Title), Is.EqualTo((Menu.Planner, "Planner")));
        Assert.That(node.PermissionNames, Is.EqualTo(new[] { Permissions.Planner }));
        Assert.That(node.Url, Is.EqualTo("/Admin/Planner/Index"));
    }

    [Test]
    public async Task Without_the_Planner_permission_every_page_and_action_is_refused_and_nothing_is_written()
    {
        var block = await _web.BlockAsync("Figures", new DateTime(2026, 3, 2, 9, 0, 0), "FREQ=WEEKLY;BYDAY=MO");
        _web.Allow(Permissions.Packing);

        var responses = new List<HttpResponseMessage>
        {
            await _web.Client.GetAsync(WeekUrl),
            await _web.Client.GetAsync(CreateUrl),
            await _web.Client.GetAsync($"Admin/Planner/Edit/{block.Id}")
        };
        _web.Host.Permissions.GrantEverything = true;
        var token = await _web.Host.GetAntiforgeryTokenAsync(_web.Client, WeekUrl);
        _web.Allow(Permissions.Packing);
        (string, string)[] occurrence = [("blockId", block.Id.ToString()), ("occurrenceStart", "2026-03-02T09:00"), ("newStart", "2026-03-02T11:00"), ("minutes", "30")];
        foreach (var (url, fields) in new[]
                 {
                     (CreateUrl, Form("Sneaky")),
                     ($"Admin/Planner/Edit/{block.Id}", EditForm(block, block.Version, "Changed", "2026-03-02", "09:00")),
                     ("Admin/Planner/Delete", [("id", block.Id.ToString()), ("version", block.Version.ToString())]),
                     ("Admin/Planner/CreateRoutine", [("storeId", "1"), ("culture", "en")]),
                     ("Admin/Planner/MoveBlock", [("blockId", block.Id.ToString()), ("version", "1"), ("newStart", "2026-03-02T11:00"), ("minutes", "30")]),
                     ("Admin/PlannerOccurrence/Done", occurrence), ("Admin/PlannerOccurrence/Undo", occurrence), ("Admin/PlannerOccurrence/Skip", occurrence),
                     ("Admin/PlannerOccurrence/Restore", occurrence), ("Admin/PlannerOccurrence/Move", occurrence)
                 })
            responses.Add(await _web.Client.PostAsync(url, new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2))
                .Append(new("__RequestVerificationToken", token)))));

        foreach (var response in responses)
            Assert.That(response.Headers.Location?.ToString(), Does.Contain("/Admin/Security/AccessDenied"), response.RequestMessage!.RequestUri!.ToString());
        var stored = (await _web.BlocksAsync()).Single();
        Assert.That((stored.Title, stored.Version), Is.EqualTo(("Figures", block.Version)));
        Assert.That(await _web.CompletionsAsync(), Is.Empty);
        Assert.That(await _web.ExceptionsAsync(), Is.Empty);
        Assert.That(await _web.WithServicesAsync(sp => sp.GetRequiredService<IPlannerRoutineService>().IsCreatedAsync(1)), Is.False);
    }

    [Test]
    public async Task Posts_without_the_antiforgery_token_are_refused_and_change_nothing()
    {
        var block = await _web.BlockAsync("Figures", new DateTime(2026, 3, 2, 9, 0, 0), "FREQ=WEEKLY;BYDAY=MO");

        var responses = new[]
        {
            await _web.PostFormAsync(CreateUrl, null, Form("Sneaky")),
            await _web.PostFormAsync($"Admin/Planner/Edit/{block.Id}", null, EditForm(block, block.Version, "Changed", "2026-03-02", "09:00")),
            await _web.PostFormAsync("Admin/Planner/Delete", null, ("id", block.Id.ToString()), ("version", block.Version.ToString())),
            await _web.PostFormAsync("Admin/Planner/CreateRoutine", null, ("storeId", "1"), ("culture", "en")),
            await _web.PostFormAsync("Admin/PlannerOccurrence/Done", null, ("blockId", block.Id.ToString()), ("occurrenceStart", "2026-03-02T09:00")),
            await _web.PostFormAsync("Admin/PlannerOccurrence/Skip", null, ("blockId", block.Id.ToString()), ("occurrenceStart", "2026-03-02T09:00"))
        };

        foreach (var response in responses)
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), response.RequestMessage!.RequestUri!.ToString());
        Assert.That((await _web.BlocksAsync()).Select(b => (b.Title, b.Version)), Is.EqualTo(new[] { ("Figures", block.Version) }));
        Assert.That(await _web.CompletionsAsync(), Is.Empty);
        Assert.That(await _web.ExceptionsAsync(), Is.Empty);
    }

    // ---------- the week ----------

    [Test]
    public async Task A_script_typed_as_a_title_category_or_assignee_is_shown_as_text_on_the_week_and_the_form()
    {
        var block = await _web.BlockAsync(Script, new DateTime(2026, 3, 3, 10, 0, 0));
        await _web.WithServicesAsync(async sp =>
        {
            var service = sp.GetRequiredService<IPlannerBlockService>();
            return await service.UpdateAsync(block.Id, block.Version, _web.Store.Request(Script, block.StartLocal) with
            {
                Category = Script, Notes = Script, ProcedureSteps = [Script, "Second step"]
            });
        });

        var week = await _web.GetPageAsync(WeekUrl);
        var form = await _web.GetPageAsync($"Admin/Planner/Edit/{block.Id}");

        foreach (var html in new[] { week, form })
        {
            Assert.That(html, Does.Not.Contain("<svg"), "never markup");
            Assert.That(html, Does.Contain("&lt;svg/onload=alert(1)&gt;"));
        }
        Assert.That(Regex.Match(form, "<ol class=\"planner-steps\"[\\s\\S]*?</ol>").Value, Does.Contain("<li>&lt;svg/onload=alert(1)&gt;</li>").And.Contain("<li>Second step</li>"));
    }

    [Test]
    public async Task The_week_shows_Monday_to_Sunday_with_blocks_side_by_side_when_they_overlap_and_a_skipped_one_faded_with_restore()
    {
        await _web.BlockAsync("Figures", new DateTime(2026, 3, 2, 9, 0, 0), "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", 30);
        await _web.BlockAsync("Messages", new DateTime(2026, 3, 2, 9, 15, 0), minutes: 60);
        var social = await _web.BlockAsync("Social posts", new DateTime(2026, 3, 4, 14, 0, 0), "FREQ=WEEKLY;BYDAY=WE");
        await _web.WithServicesAsync(sp => sp.GetRequiredService<IPlannerOccurrenceService>().SkipAsync(social.Id, new DateTime(2026, 3, 4, 14, 0, 0)));

        var html = await _web.GetPageAsync(WeekUrl);
        var days = Regex.Matches(html, "id=\"planner-day-(\\d{4}-\\d{2}-\\d{2})\" data-date").Select(m => m.Groups[1].Value).ToList();
        var monday = Regex.Match(html, "id=\"planner-day-2026-03-02\"[\\s\\S]*?id=\"planner-day-2026-03-03\"").Value;

        Assert.That(days, Is.EqualTo(new[] { "2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06", "2026-03-07", "2026-03-08" }));
        Assert.That(Regex.Matches(html, "data-title=\"Figures\"").Count, Is.EqualTo(5), "Monday to Friday");
        Assert.That(monday, Does.Contain("--col:0;--cols:2").And.Contain("--col:1;--cols:2"), "Figures and Messages overlap");
        var skipped = Regex.Match(html, "<div class=\"planner-block is-skipped\"[\\s\\S]*?planner-restore").Value;
        Assert.That(skipped, Does.Contain("data-title=\"Social posts\""));
        Assert.That(html, Does.Contain("id=\"planner-previous\"").And.Contain("day=2026-02-23"));
        Assert.That(html, Does.Contain("day=2026-03-09"));
    }

    [Test]
    public async Task A_past_occurrence_not_done_is_late_and_a_done_one_is_not()
    {
        // the clock: Monday 2 March 2026, 09:00 in Paris; the previous week's Friday occurrences are past
        var block = await _web.BlockAsync("Figures", new DateTime(2026, 2, 26, 8, 0, 0), "FREQ=WEEKLY;BYDAY=TH,FR", 30);
        await _web.WithServicesAsync(sp => sp.GetRequiredService<IPlannerOccurrenceService>().MarkDoneAsync(block.Id, new DateTime(2026, 2, 26, 8, 0, 0)));

        var html = await _web.GetPageAsync("Admin/Planner/Index?day=2026-02-23");
        var thursday = Regex.Match(html, "<div class=\"planner-block[^\"]*\"[^>]*data-occurrence=\"2026-02-26T08:00\"").Value;
        var friday = Regex.Match(html, "<div class=\"planner-block[^\"]*\"[^>]*data-occurrence=\"2026-02-27T08:00\"").Value;

        Assert.That(thursday, Does.Contain("is-done").And.Not.Contain("is-late"));
        Assert.That(friday, Does.Contain("is-late"));
        Assert.That(PlannerWebHost.Text(html), Does.Contain("Late"));
        Assert.That(await _web.GetPageAsync(WeekUrl), Does.Not.Contain("is-late"), "nothing of this week has ended yet");
    }

    [Test]
    public async Task A_week_of_200_blocks_shows_every_occurrence_and_its_server_time_is_reported()
    {
        // 200 series of 1 to 5 weekdays, at quarter hours from 07:00: 600 occurrences this week
        for (var i = 0; i < 200; i++)
        {
            var days = string.Join(",", new[] { "MO", "TU", "WE", "TH", "FR" }.Take(1 + i % 5));
            await _web.BlockAsync($"Block {i}", new DateTime(2026, 3, 2, 7 + i % 12, 15 * (i % 4), 0), "FREQ=WEEKLY;BYDAY=" + days, 30 + 15 * (i % 3));
        }
        var expected = Enumerable.Range(0, 200).Sum(i => 1 + i % 5);
        await _web.GetPageAsync(WeekUrl); // views compiled, caches warm

        var times = new List<double>();
        string html = null;
        for (var run = 0; run < 5; run++)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            html = await _web.GetPageAsync(WeekUrl);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        Assert.That(Regex.Matches(html!, "<div class=\"planner-block[ \"]").Count, Is.EqualTo(expected));
        times.Sort();
        var serviceTimes = new List<double>();
        var factoryTimes = new List<double>();
        for (var run = 0; run < 5; run++)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            await _web.WithServicesAsync(sp => sp.GetRequiredService<IPlannerBlockService>().GetWeekAsync(1, new DateOnly(2026, 3, 2)));
            serviceTimes.Add(watch.Elapsed.TotalMilliseconds);
            watch.Restart();
            await _web.WithServicesAsync(sp => sp.GetRequiredService<PlannerWeekModelFactory>().PrepareWeekModelAsync(1, "2026-03-02", false));
            factoryTimes.Add(watch.Elapsed.TotalMilliseconds);
        }
        serviceTimes.Sort();
        factoryTimes.Sort();
        TestContext.Out.WriteLine($"GetWeekAsync median {serviceTimes[2]:F0} ms; week model (service + layout + names) median {factoryTimes[2]:F0} ms");
        TestContext.Out.WriteLine($"week page, 200 blocks ({expected} occurrences), SQLite, whole request: median {times[2]:F0} ms, best {times[0]:F0} ms");
    }

    [Test]
    public async Task My_blocks_shows_only_the_blocks_assigned_to_me()
    {
        await _web.BlockAsync("Alice's packing", new DateTime(2026, 3, 3, 10, 0, 0), assigneeId: _web.Store.Alice.Id);
        await _web.BlockAsync("Bob's posts", new DateTime(2026, 3, 3, 11, 0, 0), assigneeId: _web.Store.Bob.Id);

        var all = await _web.GetPageAsync(WeekUrl);
        var mine = await _web.GetPageAsync(WeekUrl + "&mine=true");

        Assert.That(all, Does.Contain("data-title=\"Alice&#x27;s packing\"").And.Contain("data-title=\"Bob&#x27;s posts\""));
        Assert.That(mine, Does.Contain("data-title=\"Alice&#x27;s packing\"").And.Not.Contain("Bob&#x27;s posts"));
        Assert.That(Regex.Match(mine, "<input[^>]*id=\"planner-mine\"[^>]*>").Value, Does.Contain("checked"));
    }

    [Test]
    public async Task A_block_bound_to_store_data_shows_its_live_count_and_link()
    {
        await _web.DisposeAsync();
        var counts = new Mock<IPlannerLiveCountModelFactory>();
        counts.Setup(c => c.PrepareAsync(1, It.Is<IReadOnlyCollection<PlannerLiveBinding>>(b => b.Single() == PlannerLiveBinding.OrdersToPack)))
            .ReturnsAsync(new Dictionary<PlannerLiveBinding, PlannerLiveCountModel>
            {
                [PlannerLiveBinding.OrdersToPack] = new() { Binding = PlannerLiveBinding.OrdersToPack, Count = 12, Text = "12 orders to pack", Url = "/Admin/Packing/Index" }
            });
        _web = await PlannerWebHost.StartAsync(services => services.AddScoped(_ => counts.Object));
        await _web.BlockAsync("Packing", new DateTime(2026, 3, 3, 14, 0, 0), binding: PlannerLiveBinding.OrdersToPack);

        var html = await _web.GetPageAsync(WeekUrl);

        Assert.That(html, Does.Contain("<a class=\"planner-live\" href=\"/Admin/Packing/Index\">12 orders to pack</a>"));
        counts.Verify(c => c.PrepareAsync(It.IsAny<int>(), It.IsAny<IReadOnlyCollection<PlannerLiveBinding>>()), Times.Once, "one call for the whole week");
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task Every_text_of_the_week_and_the_form_is_a_resource_in_English_and_French(bool french)
    {
        var block = await _web.BlockAsync("Figures", new DateTime(2026, 3, 2, 9, 0, 0), "FREQ=WEEKLY;BYDAY=MO", assigneeId: _web.Store.Alice.Id);
        if (french)
            _web.Host.WorkContext.UseFrench();

        var pages = new[]
        {
            await _web.GetPageAsync(WeekUrl),
            await _web.GetPageAsync(CreateUrl),
            await _web.GetPageAsync($"Admin/Planner/Edit/{block.Id}?occurrence=2026-03-02T09:00&start=2026-03-02T09:00&minutes=60")
        };

        foreach (var html in pages)
            Assert.That(html, Does.Not.Contain("plugins.misc.merchantops."), "a missing resource shows as its lowercased key");
        Assert.That(PlannerWebHost.Text(pages[0]), Does.Contain(french ? "Semaine du 2 mars 2026 au 8 mars 2026" : "Week of 2 March 2026 to 8 March 2026"));
        Assert.That(PlannerWebHost.Text(pages[2]), Does.Contain(french ? "toutes les occurrences" : "all occurrences"));
    }

    // ---------- the default routine ----------

    [Test]
    public async Task The_default_routine_is_offered_on_first_open_created_in_French_once_and_a_second_click_is_told_plainly()
    {
        var first = await _web.GetPageAsync(WeekUrl);
        Assert.That(first, Does.Contain("id=\"planner-routine-offer\"").And.Contain("id=\"planner-routine-en\"").And.Contain("id=\"planner-routine-fr\""));

        var token = await _web.Host.GetAntiforgeryTokenAsync(_web.Client, WeekUrl);
        HttpResponseMessage Post() => _web.Client.PostAsync("Admin/Planner/CreateRoutine", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["storeId"] = "1", ["culture"] = "fr", ["__RequestVerificationToken"] = token })).Result;
        using var created = Post();
        var createdNotice = _web.Host.Notifications.Sent.Last();
        _web.Host.Notifications.Clear();
        using var again = Post();
        var againNotice = _web.Host.Notifications.Sent.Single();

        var blocks = await _web.BlocksAsync();
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(createdNotice.Type, Is.EqualTo(NotifyType.Success));
        Assert.That(blocks, Has.Count.EqualTo(PlannerRoutineSeeds.For("fr-FR").Count));
        Assert.That(blocks.Select(b => b.Title), Is.EquivalentTo(PlannerRoutineSeeds.For("fr-FR").Select(s => s.Title)));
        Assert.That(againNotice.Type, Is.EqualTo(NotifyType.Error));
        Assert.That(againNotice.Message, Does.Contain("already"));
        Assert.That(await _web.BlocksAsync(), Has.Count.EqualTo(blocks.Count), "never two routines");
        Assert.That(await _web.GetPageAsync(WeekUrl), Does.Not.Contain("id=\"planner-routine-offer\""));
    }

    // ---------- the block form ----------

    [Test]
    public async Task A_weekly_block_is_created_from_the_form_with_its_rule_and_numbered_procedure()
    {
        using var response = await _web.PostFormAsync(CreateUrl, CreateUrl,
            Form("KPI review", "2026-03-06", "16:00", 90, PlannerRepeat.EveryNWeeks, 2, "Bring the figures", "Open the report\nCompare with last week\n\nWrite 3 actions",
                (int)DayOfWeek.Friday));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await response.Content.ReadAsStringAsync());
        Assert.That(response.Headers.Location!.ToString(), Does.StartWith("/Admin/Planner?").And.Contain("day=2026-03-06"), "the week of the block");
        var block = (await _web.BlocksAsync()).Single();
        Assert.That((block.Title, block.StartLocal, block.DurationMinutes, block.Colour), Is.EqualTo(("KPI review", new DateTime(2026, 3, 6, 16, 0, 0), 90, "#00a65a")));
        Assert.That(block.RecurrenceRule, Does.Contain("FREQ=WEEKLY").And.Contain("INTERVAL=2").And.Contain("BYDAY=FR"));
        Assert.That(block.ProcedureSteps, Is.EqualTo(new[] { "Open the report", "Compare with last week", "Write 3 actions" }));

        var form = await _web.GetPageAsync($"Admin/Planner/Edit/{block.Id}");
        Assert.That(Regex.Match(form, "<select id=\"Repeat\"[\\s\\S]*?</select>").Value, Does.Contain("selected=\"selected\" value=\"2\"").Or.Contain("value=\"2\" selected"));
        Assert.That(form, Does.Contain("id=\"planner-day-5\" checked=\"checked\""));
        Assert.That(Regex.Matches(form, "<li>").Count, Is.EqualTo(3));
    }

    [Test]
    public async Task The_assignee_list_offers_the_staff_holding_Planner()
    {
        var html = await _web.GetPageAsync(CreateUrl);
        var select = Regex.Match(html, "<select id=\"AssigneeCustomerId\"[\\s\\S]*?</select>").Value;

        Assert.That(select, Does.Contain($"value=\"{_web.Store.Alice.Id}\"").And.Contain($"value=\"{_web.Store.Bob.Id}\""));
        Assert.That(select, Does.Not.Contain($"value=\"{_web.Store.Vera.Id}\""), "a vendor's staff member is not the shop's");
    }

    [TestCase(PlannerRepeat.EveryNWeeks, 99, 60, PlannerResourceKeys.Recurrence.IntervalOutOfRange)]
    [TestCase(PlannerRepeat.Weekly, 1, 60, PlannerResourceKeys.Recurrence.StartNotOnRule)]
    [TestCase(PlannerRepeat.None, 1, 0, PlannerResourceKeys.Block.DurationOutOfRange)]
    public async Task Refused_input_shows_the_services_message_next_to_the_form_keeps_everything_typed_and_writes_nothing(
        PlannerRepeat repeat, int interval, int minutes, string key)
    {
        // Tuesday 3 March, repeating on Thursday only when weekly: not an occurrence of its rule
        using var response = await _web.PostFormAsync(CreateUrl, CreateUrl,
            Form("Strategy <b>block</b>", "2026-03-03", "10:30", minutes, repeat, interval, "Notes « kept » & all", "Step one\nStep two", (int)DayOfWeek.Thursday));
        var html = await response.Content.ReadAsStringAsync();
        var message = _web.Host.Localization.GetResourceAsync(key).Result;

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await _web.BlocksAsync(), Is.Empty);
        Assert.That(PlannerWebHost.Text(Regex.Match(html, "id=\"planner-form-errors\"[\\s\\S]*?</div>").Value), Does.Contain(message), "next to the form");
        Assert.That(message, Does.Not.StartWith("plugins."));
        Assert.That(html, Does.Contain("value=\"Strategy &lt;b&gt;block&lt;/b&gt;\""));
        Assert.That(html, Does.Contain("value=\"2026-03-03\"").And.Contain("value=\"10:30\"").And.Contain($"value=\"{minutes}\""));
        Assert.That(PlannerWebHost.Text(html), Does.Contain("Notes « kept » & all").And.Contain("Step one"));
        Assert.That(html, Does.Contain($"value=\"{interval}\""));
    }

    [Test]
    public async Task A_monthly_rule_on_the_last_Friday_with_a_count_is_built_from_the_chooser_and_read_back_into_it()
    {
        var fields = Form("Merchandising meeting", "2026-03-27", "14:00", 120, PlannerRepeat.MonthlyNthWeekday)
            .Select(f => f.Item1 switch
            {
                "MonthlyOrdinal" => (f.Item1, "-1"),
                "MonthlyDay" => (f.Item1, ((int)DayOfWeek.Friday).ToString()),
                "RepeatEnd" => (f.Item1, ((int)PlannerRepeatEnd.AfterCount).ToString()),
                "RepeatCount" => (f.Item1, "6"),
                _ => f
            }).ToArray();

        using var response = await _web.PostFormAsync(CreateUrl, CreateUrl, fields);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await response.Content.ReadAsStringAsync());
        var block = (await _web.BlocksAsync()).Single();
        Assert.That(block.RecurrenceRule, Does.Contain("FREQ=MONTHLY").And.Contain("BYDAY=-1FR").And.Contain("COUNT=6"));
        Assert.That(block.LastStartLocal, Is.EqualTo(new DateTime(2026, 8, 28, 14, 0, 0)), "six last Fridays: March to August");
        var form = await _web.GetPageAsync($"Admin/Planner/Edit/{block.Id}");
        Assert.That(Regex.Match(form, "<select id=\"MonthlyOrdinal\"[\\s\\S]*?</select>").Value, Does.Match("<option selected=\"selected\" value=\"-1\">|<option value=\"-1\" selected"));
        Assert.That(Regex.Match(form, "<select id=\"MonthlyDay\"[\\s\\S]*?</select>").Value, Does.Match("<option value=\"5\" selected=\"selected\">"));
        Assert.That(Regex.Match(form, "<input[^>]*id=\"RepeatCount\"[^>]*>").Value, Does.Contain("value=\"6\""));
    }

    [Test]
    public async Task An_assignee_of_another_vendor_or_a_megabyte_of_notes_is_refused_with_its_message_and_nothing_is_written()
    {
        var vendorStaff = Form("Packing").Select(f => f.Item1 == "AssigneeCustomerId" ? (f.Item1, _web.Store.Vera.Id.ToString()) : f).ToArray();
        var hugeNotes = Form("Packing", notes: new string('n', 1024 * 1024));

        using var assignee = await _web.PostFormAsync(CreateUrl, CreateUrl, vendorStaff);
        var assigneeHtml = await assignee.Content.ReadAsStringAsync();
        using var notes = await _web.PostFormAsync(CreateUrl, CreateUrl, hugeNotes);
        var notesHtml = await notes.Content.ReadAsStringAsync();

        Assert.That((assignee.StatusCode, notes.StatusCode), Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.OK)));
        Assert.That(PlannerWebHost.Text(assigneeHtml), Does.Contain(await _web.Host.Localization.GetResourceAsync(PlannerResourceKeys.Block.UnknownAssignee)));
        Assert.That(PlannerWebHost.Text(notesHtml), Does.Contain(await _web.Host.Localization.GetResourceAsync(PlannerResourceKeys.Block.NotesTooLong)));
        Assert.That(notesHtml, Does.Contain(new string('n', 1024 * 1024)), "the notes typed are kept");
        Assert.That(await _web.BlocksAsync(), Is.Empty);
    }

    [Test]
    public async Task The_store_picker_shows_with_several_stores_and_each_store_has_its_own_week()
    {
        Assert.That(await _web.GetPageAsync(WeekUrl), Does.Not.Contain("id=\"planner-store\""), "one store: no picker");
        var second = _web.Host.Stores.AddStore("Outlet");
        await _web.BlockAsync("Main store figures", new DateTime(2026, 3, 3, 9, 0, 0));

        var main = await _web.GetPageAsync(WeekUrl);
        var outlet = await _web.GetPageAsync(WeekUrl + $"&storeId={second.Id}");

        Assert.That(Regex.Match(main, "<select name=\"storeId\" id=\"planner-store\"[\\s\\S]*?</select>").Value, Does.Contain(">Outlet</option>"));
        Assert.That(main, Does.Contain("data-title=\"Main store figures\""));
        Assert.That(outlet, Does.Not.Contain("Main store figures"));
        Assert.That(Regex.Match(outlet, "<a[^>]*id=\"planner-add\"[^>]*>").Value, Does.Contain($"storeId={second.Id}"));
    }

    [Test]
    public async Task A_save_over_someone_elses_save_is_refused_with_the_changed_meanwhile_message_and_the_typed_values_stay()
    {
        var block = await _web.BlockAsync("Packing", new DateTime(2026, 3, 3, 14, 0, 0));
        await _web.GetPageAsync($"Admin/Planner/Edit/{block.Id}");
        await _web.WithServicesAsync(sp => sp.GetRequiredService<IPlannerBlockService>()
            .UpdateAsync(block.Id, block.Version, _web.Store.Request("Packing (Bob)", block.StartLocal)));

        using var response = await _web.PostFormAsync($"Admin/Planner/Edit/{block.Id}", $"Admin/Planner/Edit/{block.Id}",
            EditForm(block, block.Version, "Packing (Alice)", "2026-03-03", "15:00"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(PlannerWebHost.Text(html), Does.Contain(await _web.Host.Localization.GetResourceAsync(PlannerResourceKeys.Block.ChangedMeanwhile)));
        Assert.That(html, Does.Contain("value=\"Packing (Alice)\"").And.Contain("value=\"15:00\""));
        Assert.That(html, Does.Contain("id=\"planner-changed-meanwhile\""));
        Assert.That((await _web.BlocksAsync()).Single().Title, Is.EqualTo("Packing (Bob)"), "the other save is kept");
    }

    [Test]
    public async Task Editing_one_occurrence_of_a_series_asks_the_scope_and_moves_only_that_occurrence()
    {
        var block = await _web.BlockAsync("Figures", new DateTime(2026, 3, 2, 9, 0, 0), "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", 30);
        var form = await _web.GetPageAsync($"Admin/Planner/Edit/{block.Id}?occurrence=2026-03-04T09:00&start=2026-03-04T09:00&minutes=30");
        Assert.That(form, Does.Contain("id=\"planner-scope-this\"").And.Contain("id=\"planner-scope-following\"").And.Contain("id=\"planner-scope-all\""));
        Assert.That(form, Does.Contain("value=\"2026-03-04\""), "the occurrence's date");

        using var response = await _web.PostFormAsync($"Admin/Planner/Edit/{block.Id}", CreateUrl,
            EditForm(block, block.Version, "Figures", "2026-03-04", "11:00", 30, PlannerEditScope.ThisOccurrence, "2026-03-04T09:00",
                PlannerRepeat.Weekly, 1, 2, 3, 4, 5));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await response.Content.ReadAsStringAsync());
        var moved = (await _web.ExceptionsAsync()).Single();
        Assert.That((moved.OriginalStartLocal, moved.MovedStartLocal), Is.EqualTo((new DateTime(2026, 3, 4, 9, 0, 0), (DateTime?)new DateTime(2026, 3, 4, 11, 0, 0))));
        Assert.That((await _web.BlocksAsync()).Single().StartLocal, Is.EqualTo(new DateTime(2026, 3, 2, 9, 0, 0)), "the series is untouched");
    }

    [Test]
    public async Task Editing_all_from_an_occurrence_shifts_the_series_by_the_change_and_this_and_following_splits_it()
    {
        var block = await _web.BlockAsync("Figures", new DateTime(2026, 3, 2, 9, 0, 0), "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", 30);

        using var all = await _web.PostFormAsync($"Admin/Planner/Edit/{block.Id}", CreateUrl,
            EditForm(block, block.Version, "Figures", "2026-03-04", "08:30", 30, PlannerEditScope.All, "2026-03-04T09:00", PlannerRepeat.Weekly, 1, 2, 3, 4, 5));
        var saved = (await _web.BlocksAsync()).Single();
        Assert.That(all.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await all.Content.ReadAsStringAsync());
        Assert.That(saved.StartLocal, Is.EqualTo(new DateTime(2026, 3, 2, 8, 30, 0)), "every occurrence half an hour earlier");

        using var following = await _web.PostFormAsync($"Admin/Planner/Edit/{block.Id}", CreateUrl,
            EditForm(saved, saved.Version, "Figures (Bob)", "2026-03-05", "08:30", 30, PlannerEditScope.ThisAndFollowing, "2026-03-05T08:30",
                PlannerRepeat.Weekly, 1, 2, 3, 4, 5));
        var blocks = await _web.BlocksAsync();
        Assert.That(following.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await following.Content.ReadAsStringAsync());
        Assert.That(blocks.Select(b => (b.Title, b.StartLocal)), Is.EqualTo(new[] { ("Figures", new DateTime(2026, 3, 2, 8, 30, 0)), ("Figures (Bob)", new DateTime(2026, 3, 5, 8, 30, 0)) }));
        Assert.That(blocks[0].RecurrenceRule, Does.Contain("UNTIL="));
    }

    [Test]
    public async Task A_block_is_deleted_from_its_form_and_a_stale_version_is_not()
    {
        var block = await _web.BlockAsync("Old", new DateTime(2026, 3, 3, 10, 0, 0));

        using var stale = await _web.PostFormAsync("Admin/Planner/Delete", CreateUrl, ("id", block.Id.ToString()), ("version", (block.Version + 5).ToString()));
        var staleNotice = _web.Host.Notifications.Sent.Single();
        Assert.That(await _web.BlocksAsync(), Has.Count.EqualTo(1));
        using var deleted = await _web.PostFormAsync("Admin/Planner/Delete", CreateUrl, ("id", block.Id.ToString()), ("version", block.Version.ToString()));

        Assert.That(staleNotice.Type, Is.EqualTo(NotifyType.Error));
        Assert.That(deleted.Headers.Location!.ToString(), Does.StartWith("/Admin/Planner?"));
        Assert.That(await _web.BlocksAsync(), Is.Empty);
    }

    // ---------- occurrence actions (the agenda widget's contract) ----------

    [Test]
    public async Task Occurrence_actions_answer_json_when_asked_tick_once_and_undo()
    {
        var block = await _web.BlockAsync("Figures", new DateTime(2026, 3, 2, 9, 0, 0), "FREQ=WEEKLY;BYDAY=MO");
        (string, string)[] fields = [("blockId", block.Id.ToString()), ("occurrenceStart", "2026-03-02T09:00"), ("note", "All good")];

        var done = await _web.PostJsonAsync("Admin/PlannerOccurrence/Done", WeekUrl, fields);
        var twice = await _web.PostJsonAsync("Admin/PlannerOccurrence/Done", WeekUrl, fields);
        var completion = (await _web.CompletionsAsync()).Single();
        var undo = await _web.PostJsonAsync("Admin/PlannerOccurrence/Undo", WeekUrl, fields[..2]);

        Assert.That(done.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(JObject.Parse(done.Body).ToString(Newtonsoft.Json.Formatting.None), Is.EqualTo("{\"ok\":true,\"message\":\"Done.\"}"));
        Assert.That((bool)JObject.Parse(twice.Body)["ok"]!, Is.False);
        Assert.That((string)JObject.Parse(twice.Body)["message"], Is.EqualTo(await _web.Host.Localization.GetResourceAsync(PlannerResourceKeys.Occurrence.AlreadyDone)));
        Assert.That((completion.DoneByCustomerId, completion.Note), Is.EqualTo((_web.Store.Alice.Id, "All good")));
        Assert.That((bool)JObject.Parse(undo.Body)["ok"]!, Is.True);
        Assert.That(await _web.CompletionsAsync(), Is.Empty);
    }

    [Test]
    public async Task Occurrence_actions_from_a_form_notify_and_go_back_to_a_local_return_url_only()
    {
        var block = await _web.BlockAsync("Social posts", new DateTime(2026, 3, 4, 14, 0, 0), "FREQ=WEEKLY;BYDAY=WE");
        (string, string)[] occurrence = [("blockId", block.Id.ToString()), ("occurrenceStart", "2026-03-04T14:00")];

        using var skip = await _web.PostFormAsync("Admin/PlannerOccurrence/Skip", WeekUrl, [.. occurrence, ("returnUrl", "/Admin/Planner/Index?day=2026-03-04")]);
        var skipNotice = _web.Host.Notifications.Sent.Single();
        using var restore = await _web.PostFormAsync("Admin/PlannerOccurrence/Restore", WeekUrl, [.. occurrence, ("returnUrl", "https://evil.example/")]);
        using var move = await _web.PostFormAsync("Admin/PlannerOccurrence/Move", WeekUrl,
            [.. occurrence, ("newStart", "2026-03-05T10:00"), ("minutes", "45"), ("returnUrl", "//evil.example/x")]);
        using var bad = await _web.PostFormAsync("Admin/PlannerOccurrence/Done", WeekUrl, ("blockId", block.Id.ToString()), ("occurrenceStart", "not a date"));
        var badNotice = _web.Host.Notifications.Sent.Single();

        Assert.That(skip.Headers.Location!.ToString(), Is.EqualTo("/Admin/Planner/Index?day=2026-03-04"));
        Assert.That(skipNotice.Type, Is.EqualTo(NotifyType.Success));
        Assert.That(restore.Headers.Location!.ToString(), Does.Not.Contain("evil").And.Contain("/Admin/Planner"));
        Assert.That(move.Headers.Location!.ToString(), Does.Not.Contain("evil").And.Contain("/Admin/Planner"));
        var moved = (await _web.ExceptionsAsync()).Single();
        Assert.That((moved.MovedStartLocal, moved.MovedDurationMinutes), Is.EqualTo(((DateTime?)new DateTime(2026, 3, 5, 10, 0, 0), (int?)45)));
        Assert.That(badNotice.Type, Is.EqualTo(NotifyType.Error));
        Assert.That(await _web.CompletionsAsync(), Is.Empty);
    }

    [Test]
    public async Task A_one_off_block_is_moved_with_its_version_and_a_stale_move_is_refused()
    {
        var block = await _web.BlockAsync("Call the supplier", new DateTime(2026, 3, 3, 10, 0, 0));

        var moved = JObject.Parse((await _web.PostJsonAsync("Admin/Planner/MoveBlock", WeekUrl, ("blockId", block.Id.ToString()),
            ("version", block.Version.ToString()), ("newStart", "2026-03-04T11:15"), ("minutes", "45"))).Body);
        var stale = JObject.Parse((await _web.PostJsonAsync("Admin/Planner/MoveBlock", WeekUrl, ("blockId", block.Id.ToString()),
            ("version", block.Version.ToString()), ("newStart", "2026-03-05T11:15"), ("minutes", "45"))).Body);

        var stored = (await _web.BlocksAsync()).Single();
        Assert.That((bool)moved["ok"]!, Is.True, moved.ToString());
        Assert.That((int)moved["version"]!, Is.EqualTo(stored.Version));
        Assert.That((stored.StartLocal, stored.DurationMinutes), Is.EqualTo((new DateTime(2026, 3, 4, 11, 15, 0), 45)));
        Assert.That((bool)stale["ok"]!, Is.False);
        Assert.That((string)stale["message"], Is.EqualTo(await _web.Host.Localization.GetResourceAsync(PlannerResourceKeys.Block.ChangedMeanwhile)));
    }
}
