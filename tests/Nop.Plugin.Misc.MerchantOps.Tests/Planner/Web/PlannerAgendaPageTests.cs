using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Newtonsoft.Json.Linq;
using Nop.Plugin.Misc.MerchantOps.Planner.Domain;
using Nop.Plugin.Misc.MerchantOps.Planner.Factories;
using Nop.Plugin.Misc.MerchantOps.Planner.Services;
using NUnit.Framework;
using static Nop.Plugin.Misc.MerchantOps.MerchantOpsDefaults;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Planner.Web;

/// <summary>
/// "Today's agenda" on the admin dashboard as a browser gets it (the dashboard stand-in, zone admin_dashboard_top):
/// who sees it, today and the late ones in the store's zone around midnight, mine / team, encoding, ticking done
/// through PlannerOccurrence/Done (antiforgery, once), and a vendor's staff.
/// The scenario's clock: Monday 2 March 2026, 08:00 UTC (09:00 in Paris).
/// </summary>
public class PlannerAgendaPageTests
{
    private const string DoneUrl = "Admin/PlannerOccurrence/Done";
    private const string UndoUrl = "Admin/PlannerOccurrence/Undo";
    private const string ShowUrl = "Admin/PlannerAgenda/Show";
    private const string DashboardPath = "/" + PlannerDashboardProbeController.DashboardUrl;

    private PlannerAgendaWebHost _web;

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

    private PlannerScenario Store => _web.Store;

    private static DateTime Local(int day, int hour, int minute = 0) => new(2026, 3, day, hour, minute, 0);

    /// <summary>The list of the agenda with that id (the late ones, today's), "" when absent.</summary>
    private static string List(string agenda, string id)
    {
        var start = agenda.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        return start < 0 ? string.Empty : agenda[start..agenda.IndexOf("</ul>", start, StringComparison.Ordinal)];
    }

    /// <summary>A statement of the agenda: the planner's tables or the names of staff.</summary>
    private static bool AgendaStatement(string sql) => sql.Contains("MerchantOpsPlanner") || sql.Contains("[Customer]") || sql.Contains("\"Customer\"");

    private IQueryable<PlannerOccurrenceCompletion> Completions => _web.Database.Repository<PlannerOccurrenceCompletion>().Table;

    [Test]
    public async Task A_planner_holder_sees_today_with_time_title_category_colour_assignee_a_done_form_and_the_planner_link()
    {
        _web = await PlannerAgendaWebHost.StartAsync();
        var figures = await _web.BlockAsync(Store.Alice, "Morning figures", Local(2, 9, 30), minutes: 30, assigneeId: Store.Alice.Id,
            category: "Figures", colour: "#00a65a");
        await _web.BlockAsync(Store.Alice, "Packing", Local(2, 14), minutes: 90);
        await _web.BlockAsync(Store.Alice, "Tomorrow's call", Local(3, 10));
        _web.Allow(Permissions.Planner);

        var agenda = PlannerAgendaWebHost.Agenda(await _web.GetDashboardAsync());
        var today = List(agenda, "planner-agenda-today");
        var text = PlannerAgendaWebHost.Text(today);

        Assert.That(text, Does.Contain("09:30–10:00 Morning figures Figures"));
        Assert.That(text, Does.Contain("Alice"));
        Assert.That(text, Does.Contain("14:00–15:30 Packing"));
        Assert.That(text, Does.Contain("Unassigned"));
        Assert.That(text.IndexOf("Morning figures", StringComparison.Ordinal), Is.LessThan(text.IndexOf("Packing", StringComparison.Ordinal)));
        Assert.That(agenda, Does.Not.Contain("Tomorrow's call").And.Not.Contain("Tomorrow&#x27;s call"));
        Assert.That(today, Does.Contain("background-color: #00a65a"));
        Assert.That(today, Does.Contain($"action=\"/{DoneUrl}\""));
        Assert.That(today, Does.Contain($"name=\"blockId\" value=\"{figures}\""));
        Assert.That(today, Does.Contain("name=\"occurrenceStart\" value=\"2026-03-02T09:30\""));
        Assert.That(today, Does.Contain($"name=\"returnUrl\" value=\"{DashboardPath}\""));
        Assert.That(today, Does.Contain("name=\"__RequestVerificationToken\""));
        Assert.That(agenda, Does.Contain("href=\"/Admin/Planner/Index\""));
        Assert.That(PlannerAgendaWebHost.Text(agenda), Does.Contain("Today's agenda").And.Contain("Open the planner").And.Contain("Europe/Paris"));
        Assert.That(agenda, Does.Contain("id=\"planner-agenda-team\"").And.Contain("aria-pressed=\"true\" id=\"planner-agenda-team\""));
        Assert.That(List(agenda, "planner-agenda-late"), Is.Empty);
    }

    [Test]
    public async Task A_live_count_shows_its_text_and_a_link_to_its_screen_only_when_the_factory_gives_one_and_the_link_is_local()
    {
        var liveCounts = new Mock<IPlannerLiveCountModelFactory>();
        liveCounts.Setup(f => f.PrepareAsync(It.IsAny<int>(), It.IsAny<IReadOnlyCollection<PlannerLiveBinding>>()))
            .ReturnsAsync(new Dictionary<PlannerLiveBinding, Nop.Plugin.Misc.MerchantOps.Planner.Models.PlannerLiveCountModel>
            {
                [PlannerLiveBinding.OrdersToPack] = new() { Binding = PlannerLiveBinding.OrdersToPack, Count = 12, Text = "12 orders to pack", Url = "/Admin/Packing/Index" },
                [PlannerLiveBinding.LowStock] = new() { Binding = PlannerLiveBinding.LowStock, Count = 3, Text = "3 <b>low</b>", Url = "javascript:alert(1)" }
            });
        _web = await PlannerAgendaWebHost.StartAsync(configureServices: services => services.AddSingleton(liveCounts.Object));
        await _web.BlockAsync(Store.Alice, "Packing", Local(2, 10), binding: PlannerLiveBinding.OrdersToPack);
        await _web.BlockAsync(Store.Alice, "Stock check", Local(2, 11), binding: PlannerLiveBinding.LowStock);
        await _web.BlockAsync(Store.Alice, "Returns", Local(2, 12), binding: PlannerLiveBinding.PendingReturns);
        await _web.BlockAsync(Store.Alice, "Strategy", Local(2, 13));

        var agenda = PlannerAgendaWebHost.Agenda(await _web.GetDashboardAsync());

        Assert.That(agenda, Does.Contain("<a class=\"badge bg-info planner-agenda-live\" href=\"/Admin/Packing/Index\">12 orders to pack</a>"));
        Assert.That(agenda, Does.Contain("<span class=\"badge bg-info planner-agenda-live\">3 &lt;b&gt;low&lt;/b&gt;</span>"));
        Assert.That(agenda, Does.Not.Contain("javascript:"));
        Assert.That(agenda.Split("planner-agenda-live").Length - 1, Is.EqualTo(2), "no count for a binding the factory did not give");
        // one call for every binding of the card, None left out
        liveCounts.Verify(f => f.PrepareAsync(Store.Store.Id, It.Is<IReadOnlyCollection<PlannerLiveBinding>>(b =>
            b.Count == 3 && !b.Contains(PlannerLiveBinding.None))), Times.Once);
    }

    [Test]
    public async Task Someone_without_the_planner_permission_gets_nothing_and_nothing_is_read_for_them()
    {
        var agendaService = new Mock<IPlannerAgendaService>(MockBehavior.Strict);
        var liveCounts = new Mock<IPlannerLiveCountModelFactory>(MockBehavior.Strict);
        _web = await PlannerAgendaWebHost.StartAsync(configureServices: services =>
        {
            services.AddSingleton(agendaService.Object);
            services.AddSingleton(liveCounts.Object);
        });
        _web.Allow(Permissions.Packing);

        var html = await _web.GetDashboardAsync();

        Assert.That(html, Does.Contain("id=\"probe-after-zone\""));
        Assert.That(html, Does.Not.Contain("merchantops-planner-agenda"));
        Assert.That(html, Does.Not.Contain("planner-agenda"));
        agendaService.VerifyNoOtherCalls();
        liveCounts.VerifyNoOtherCalls();
        Assert.That(_web.Host.GenericAttributes.Reads, Is.Zero);
    }

    [Test]
    [NonParallelizable]
    public async Task The_card_costs_no_statement_for_others_and_the_same_few_statements_for_1_or_30_blocks()
    {
        _web = await PlannerAgendaWebHost.StartAsync();
        await _web.BlockAsync(Store.Alice, "First", Local(2, 9), assigneeId: Store.Bob.Id);
        await _web.GetDashboardAsync(); // warms the caches of the stand-in's fakes (resources, stores)

        _web.Allow(Permissions.Packing);
        using var counter = new Nop.Plugin.Misc.MerchantOps.Tests.Data.SqlStatementCounter(_web.Database);
        var hidden = await _web.GetDashboardAsync();
        Assert.That(hidden, Does.Not.Contain("merchantops-planner-agenda"));
        // the page itself (the stand-in's store row) reads what it reads; the card reads nothing
        Assert.That(counter.Statements.Where(AgendaStatement), Is.Empty, "nothing is read for a user without the Planner permission");

        _web.Allow(Permissions.Planner);
        counter.Reset();
        await _web.GetDashboardAsync();
        var forOne = counter.Statements.Count(AgendaStatement);
        for (var i = 0; i < 29; i++)
            await _web.BlockAsync(Store.Alice, $"Block {i}", Local(2, 10), "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", assigneeId: i % 2 == 0 ? Store.Alice.Id : Store.Bob.Id);
        counter.Reset();
        var html = await _web.GetDashboardAsync();

        Assert.That(PlannerAgendaWebHost.Text(PlannerAgendaWebHost.Agenda(html)), Does.Contain("Block 28"));
        Assert.That(counter.Statements.Count(AgendaStatement), Is.EqualTo(forOne), "no statement per block:\n" + string.Join("\n", counter.Statements));
        // blocks, exceptions, completions, the names of assignees and of who ticked
        Assert.That(forOne, Is.EqualTo(4), string.Join("\n", counter.Statements));
        TestContext.Out.WriteLine($"{forOne} statements:\n{string.Join("\n", counter.Statements)}");
    }

    [Test]
    public async Task In_Paris_half_past_midnight_yesterday_evening_is_late_and_today_is_the_new_day()
    {
        _web = await PlannerAgendaWebHost.StartAsync("Europe/Paris");
        // Wednesday 4 March, 00:30 in Paris; still Tuesday in UTC
        _web.Clock.UtcNow = new DateTime(2026, 3, 3, 23, 30, 0, DateTimeKind.Utc);
        await _web.BlockAsync(Store.Alice, "Tuesday evening", Local(3, 22));
        var done = await _web.BlockAsync(Store.Alice, "Tuesday done", Local(3, 20));
        await _web.BlockAsync(Store.Alice, "Wednesday morning", Local(4, 9));
        await _web.BlockAsync(Store.Alice, "Thursday", Local(5, 9));
        await _web.BlockAsync(Store.Alice, "Weekday figures", Local(2, 8), "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", 30);
        var result = await Store.App(Store.Alice).Occurrences.MarkDoneAsync(done, Local(3, 20));
        Assert.That(result.Succeeded, Is.True);

        var agenda = PlannerAgendaWebHost.Agenda(await _web.GetDashboardAsync());
        var late = PlannerAgendaWebHost.Text(List(agenda, "planner-agenda-late"));
        var today = PlannerAgendaWebHost.Text(List(agenda, "planner-agenda-today"));

        Assert.That(late, Does.Contain("Tue 22:00–23:00 Tuesday evening").And.Contain("late since Tue 22:00"));
        Assert.That(late, Does.Contain("Mon 08:00–08:30 Weekday figures").And.Contain("Tue 08:00–08:30 Weekday figures"));
        Assert.That(late.IndexOf("Mon 08:00", StringComparison.Ordinal), Is.LessThan(late.IndexOf("Tue 22:00", StringComparison.Ordinal)), "oldest first");
        Assert.That(today, Does.Contain("08:00–08:30 Weekday figures").And.Contain("09:00–10:00 Wednesday morning"));
        Assert.That(today, Does.Not.Contain("late since"), "nothing of today has ended yet");
        Assert.That(agenda, Does.Not.Contain("Tuesday done").And.Not.Contain("Thursday"));
    }

    [Test]
    public async Task In_New_York_half_past_eleven_at_night_it_is_still_today_there_though_tomorrow_in_UTC()
    {
        _web = await PlannerAgendaWebHost.StartAsync("America/New_York");
        // Tuesday 3 March, 23:30 in New York (EST); already Wednesday in UTC
        _web.Clock.UtcNow = new DateTime(2026, 3, 4, 4, 30, 0, DateTimeKind.Utc);
        await _web.BlockAsync(Store.Alice, "Evening post", Local(3, 22));
        await _web.BlockAsync(Store.Alice, "Last check", Local(3, 23, 15), minutes: 30);
        await _web.BlockAsync(Store.Alice, "Wednesday morning", Local(4, 9));
        await _web.BlockAsync(Store.Alice, "Monday review", Local(2, 10));

        var agenda = PlannerAgendaWebHost.Agenda(await _web.GetDashboardAsync());
        var late = PlannerAgendaWebHost.Text(List(agenda, "planner-agenda-late"));
        var today = PlannerAgendaWebHost.Text(List(agenda, "planner-agenda-today"));

        Assert.That(today, Does.Contain("22:00–23:00 Evening post").And.Contain("late since 22:00"), "ended today, undone: late, on today's list");
        Assert.That(today, Does.Contain("23:15–23:45 Last check"));
        Assert.That(today.IndexOf("late since", StringComparison.Ordinal), Is.LessThan(today.IndexOf("Last check", StringComparison.Ordinal)),
            "the one still running is not late");
        Assert.That(late, Does.Contain("Mon 10:00–11:00 Monday review").And.Contain("late since Mon 10:00"));
        Assert.That(agenda, Does.Not.Contain("Wednesday morning"));
        Assert.That(PlannerAgendaWebHost.Text(agenda), Does.Contain("America/New_York"));
    }

    [Test]
    public async Task A_fortnight_left_unticked_shows_the_20_oldest_late_ones_and_counts_the_rest()
    {
        _web = await PlannerAgendaWebHost.StartAsync();
        // three weekday blocks since Monday 16 February: 10 late occurrences each in the 14 days before today
        for (var i = 0; i < 3; i++)
            await _web.BlockAsync(Store.Alice, $"Routine {i}", new DateTime(2026, 2, 16, 7, 0, 0).AddMinutes(10 * i), "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", 5);

        var agenda = PlannerAgendaWebHost.Agenda(await _web.GetDashboardAsync());
        var late = List(agenda, "planner-agenda-late");

        Assert.That(late.Split("class=\"list-group-item").Length - 1, Is.EqualTo(PlannerAgendaModelFactory.MaxLateShown));
        Assert.That(PlannerAgendaWebHost.Text(late), Does.Contain("Mon 07:00–07:05 Routine 0"));
        Assert.That(late, Does.Contain("name=\"occurrenceStart\" value=\"2026-02-16T07:00\""), "oldest first");
        Assert.That(late, Does.Not.Contain("value=\"2026-02-27T07:20\""), "the newest are left to the planner");
        Assert.That(PlannerAgendaWebHost.Text(agenda), Does.Contain("And 10 more late in the planner"));
    }

    [Test]
    public async Task French_admins_read_the_agenda_in_French_with_French_day_names()
    {
        _web = await PlannerAgendaWebHost.StartAsync("Europe/Paris");
        _web.Clock.UtcNow = new DateTime(2026, 3, 3, 23, 30, 0, DateTimeKind.Utc);
        await _web.BlockAsync(Store.Alice, "Réseaux sociaux", Local(3, 22));
        _web.Host.WorkContext.UseFrench();

        var text = PlannerAgendaWebHost.Text(PlannerAgendaWebHost.Agenda(await _web.GetDashboardAsync()));

        Assert.That(text, Does.Contain("Agenda du jour").And.Contain("Ouvrir le planning").And.Contain("Non attribué"));
        Assert.That(text, Does.Contain("en retard depuis mar. 22:00"));
        Assert.That(text, Does.Contain("Rien n'est prévu aujourd'hui."));
    }

    [Test]
    public async Task Mine_shows_only_my_blocks_and_the_choice_is_kept_per_user_after_an_antiforgery_checked_post()
    {
        _web = await PlannerAgendaWebHost.StartAsync();
        await _web.BlockAsync(Store.Alice, "Alice's block", Local(2, 10), assigneeId: Store.Alice.Id);
        await _web.BlockAsync(Store.Alice, "Bob's block", Local(2, 11), assigneeId: Store.Bob.Id);
        await _web.BlockAsync(Store.Alice, "Nobody's block", Local(2, 12));

        var team = PlannerAgendaWebHost.Text(PlannerAgendaWebHost.Agenda(await _web.GetDashboardAsync()));
        Assert.That(team, Does.Contain("Alice's block").And.Contain("Bob's block").And.Contain("Nobody's block"));

        using (var refused = await _web.PostFormAsync(ShowUrl, withToken: false, ("mine", "true"), ("returnUrl", DashboardPath)))
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(PlannerAgendaWebHost.Text(PlannerAgendaWebHost.Agenda(await _web.GetDashboardAsync())), Does.Contain("Bob's block"));

        using (var shown = await _web.PostFormAsync(ShowUrl, withToken: true, ("mine", "true"), ("returnUrl", DashboardPath)))
        {
            Assert.That(shown.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(shown.Headers.Location?.OriginalString, Is.EqualTo(DashboardPath));
        }

        var agenda = PlannerAgendaWebHost.Agenda(await _web.GetDashboardAsync());
        var mine = PlannerAgendaWebHost.Text(agenda);
        Assert.That(mine, Does.Contain("Alice's block").And.Not.Contain("Bob's block").And.Not.Contain("Nobody's block"));
        Assert.That(agenda, Does.Contain("aria-pressed=\"true\" id=\"planner-agenda-mine\""));
        Assert.That(await _web.Host.GenericAttributes.GetAttributeAsync<bool>(Store.Alice, PlannerAgendaModelFactory.MineOnlyAttribute), Is.True);

        // Bob's own choice is his: still the team's
        _web.SignIn(Store.Bob);
        Assert.That(PlannerAgendaWebHost.Text(PlannerAgendaWebHost.Agenda(await _web.GetDashboardAsync())), Does.Contain("Alice's block").And.Contain("Bob's block"));

        // and the empty state of "mine" says so, with a link to the planner
        _web.SignIn(Store.Vera);
        using (await _web.PostFormAsync(ShowUrl, withToken: true, ("mine", "true"), ("returnUrl", DashboardPath)))
        {
        }
        var empty = PlannerAgendaWebHost.Agenda(await _web.GetDashboardAsync());
        Assert.That(PlannerAgendaWebHost.Text(empty), Does.Contain("Nothing is assigned to you today."));
        Assert.That(empty, Does.Contain("id=\"planner-agenda-empty\""));
    }

    [Test]
    public async Task Script_in_a_title_and_in_a_done_note_is_written_as_text()
    {
        const string script = "<svg/onload=alert(1)>";
        _web = await PlannerAgendaWebHost.StartAsync();
        var block = await _web.BlockAsync(Store.Alice, script, Local(2, 8), category: script);
        using (var done = await _web.PostFormAsync(DoneUrl, withToken: true, ("blockId", block.ToString()), ("occurrenceStart", "2026-03-02T08:00"),
                   ("note", script), ("returnUrl", DashboardPath)))
            Assert.That(done.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        await _web.BlockAsync(Store.Alice, script + " 2", Local(2, 10));

        var agenda = PlannerAgendaWebHost.Agenda(await _web.GetDashboardAsync());

        Assert.That(agenda, Does.Not.Contain("<svg"));
        Assert.That(agenda, Does.Contain("&lt;svg/onload=alert(1)&gt;"));
        var text = PlannerAgendaWebHost.Text(agenda);
        Assert.That(text, Does.Contain("Done by Alice Martin at 09:00"));
        Assert.That(text.Split(script).Length - 1, Is.GreaterThanOrEqualTo(4), "title and category twice, note once, both in a done item and an open one");
    }

    [Test]
    public async Task Ticking_done_from_the_widget_needs_the_token_records_who_and_when_once_and_comes_back_to_the_dashboard()
    {
        _web = await PlannerAgendaWebHost.StartAsync();
        var block = await _web.BlockAsync(Store.Alice, "Customer messages", Local(2, 9), assigneeId: Store.Bob.Id);
        (string, string)[] Fields(string note = null) =>
            [("blockId", block.ToString()), ("occurrenceStart", "2026-03-02T09:00"), ("note", note ?? ""), ("returnUrl", DashboardPath)];

        using (var refused = await _web.PostFormAsync(DoneUrl, withToken: false, Fields()))
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(Completions.Count(), Is.Zero);

        _web.Clock.UtcNow = new DateTime(2026, 3, 2, 8, 12, 0, DateTimeKind.Utc);
        using (var done = await _web.PostFormAsync(DoneUrl, withToken: true, Fields("answered all")))
        {
            Assert.That(done.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(done.Headers.Location?.OriginalString, Is.EqualTo(DashboardPath));
        }

        var (status, body) = await _web.PostJsonAsync(DoneUrl, Fields("again"));
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        var answer = JObject.Parse(body);
        Assert.That(answer["ok"]!.Value<bool>(), Is.False);
        Assert.That(answer["message"]!.Value<string>(), Is.EqualTo("This occurrence was already ticked done."));

        var completion = Completions.Single();
        Assert.That(completion.DoneByCustomerId, Is.EqualTo(Store.Alice.Id));
        Assert.That(completion.Note, Is.EqualTo("answered all"));
        Assert.That(completion.OccurrenceStartLocal, Is.EqualTo(Local(2, 9)));

        var agenda = PlannerAgendaWebHost.Agenda(await _web.GetDashboardAsync());
        var text = PlannerAgendaWebHost.Text(agenda);
        Assert.That(text, Does.Contain("Done by Alice Martin at 09:12").And.Contain("answered all"));
        Assert.That(agenda, Does.Contain($"action=\"/{UndoUrl}\"").And.Not.Contain($"action=\"/{DoneUrl}\""));
    }

    [Test]
    public async Task Two_ticks_sent_at_once_are_one_completion_and_one_of_them_is_told_it_was_already_done()
    {
        _web = await PlannerAgendaWebHost.StartAsync();
        var block = await _web.BlockAsync(Store.Alice, "Figures", Local(2, 8));
        (string, string)[] fields = [("blockId", block.ToString()), ("occurrenceStart", "2026-03-02T08:00")];

        var token = await _web.Host.GetAntiforgeryTokenAsync(_web.Client, PlannerDashboardProbeController.DashboardUrl);
        var answers = await Task.WhenAll(_web.PostJsonWithTokenAsync(DoneUrl, token, fields), _web.PostJsonWithTokenAsync(DoneUrl, token, fields));

        Assert.That(answers.Select(a => a.Status), Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(answers.Select(a => JObject.Parse(a.Body)["ok"]!.Value<bool>()).OrderBy(ok => ok), Is.EqualTo(new[] { false, true }));
        Assert.That(Completions.Count(), Is.EqualTo(1));
    }

    [Test]
    public async Task The_done_endpoint_answers_JSON_to_scripts_refuses_a_bad_start_and_never_redirects_off_site()
    {
        _web = await PlannerAgendaWebHost.StartAsync();
        var block = await _web.BlockAsync(Store.Alice, "Social posts", Local(2, 11));

        var (_, bad) = await _web.PostJsonAsync(DoneUrl, ("blockId", block.ToString()), ("occurrenceStart", "2 March 11:00"));
        Assert.That(JObject.Parse(bad)["ok"]!.Value<bool>(), Is.False);

        var (_, ok) = await _web.PostJsonAsync(DoneUrl, ("blockId", block.ToString()), ("occurrenceStart", "2026-03-02T11:00"));
        Assert.That(JObject.Parse(ok)["ok"]!.Value<bool>(), Is.True);
        Assert.That(JObject.Parse(ok)["message"]!.Value<string>(), Is.EqualTo("Done."));

        using (var undo = await _web.PostFormAsync(UndoUrl, withToken: true, ("blockId", block.ToString()), ("occurrenceStart", "2026-03-02T11:00"),
                   ("returnUrl", "https://evil.example/")))
        {
            Assert.That(undo.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(undo.Headers.Location?.OriginalString, Is.EqualTo("/Admin/Planner"), "the week page, never the other site");
        }

        Assert.That(Completions.Count(), Is.Zero);
    }

    [Test]
    public async Task Ticking_done_needs_the_planner_permission()
    {
        _web = await PlannerAgendaWebHost.StartAsync();
        var block = await _web.BlockAsync(Store.Alice, "Strategy", Local(2, 10));
        _web.Allow(Permissions.Packing);

        using var refused = await _web.PostFormAsync(DoneUrl, withToken: true, ("blockId", block.ToString()), ("occurrenceStart", "2026-03-02T10:00"),
            ("returnUrl", DashboardPath));

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(refused.Headers.Location?.OriginalString, Does.Contain("AccessDenied"));
        Assert.That(Completions.Count(), Is.Zero);
    }

    [Test]
    public async Task A_vendor_s_staff_see_only_their_vendor_s_blocks_and_may_not_tick_the_shop_s()
    {
        _web = await PlannerAgendaWebHost.StartAsync();
        var shop = await _web.BlockAsync(Store.Alice, "Shop packing", Local(2, 10));
        await _web.BlockAsync(Store.Vera, "Vendor restock", Local(2, 11), assigneeId: Store.Vera.Id);
        _web.SignIn(Store.Vera);
        _web.Allow(Permissions.Planner);

        var text = PlannerAgendaWebHost.Text(PlannerAgendaWebHost.Agenda(await _web.GetDashboardAsync()));
        Assert.That(text, Does.Contain("Vendor restock").And.Not.Contain("Shop packing"));

        var (_, body) = await _web.PostJsonAsync(DoneUrl, ("blockId", shop.ToString()), ("occurrenceStart", "2026-03-02T10:00"));
        Assert.That(JObject.Parse(body)["ok"]!.Value<bool>(), Is.False);
        Assert.That(Completions.Count(), Is.Zero);

        _web.SignIn(Store.Alice);
        var shopText = PlannerAgendaWebHost.Text(PlannerAgendaWebHost.Agenda(await _web.GetDashboardAsync()));
        Assert.That(shopText, Does.Contain("Shop packing").And.Not.Contain("Vendor restock"));
    }
}
