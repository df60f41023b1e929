using System.Net;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Nop.Core.Domain.Customers;
using Nop.Plugin.Misc.MerchantOps.Planner.Controllers;
using Nop.Plugin.Misc.MerchantOps.Planner.Domain;
using Nop.Plugin.Misc.MerchantOps.Planner.Factories;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Planner.Web;

/// <summary>
/// The calendar link page (/Admin/PlannerFeed/Index) and the public feed (/merchantops/planner/{token}.ics) as a
/// staff member's browser and a calendar client get them: the link is made on the page, then fetched without cookies.
/// </summary>
[TestFixture]
public class PlannerFeedPageTests
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    [Test]
    public async Task The_link_made_on_the_page_serves_the_user_s_blocks_and_Ical_Net_reads_back_the_week_view_s_occurrences()
    {
        await using var web = await PlannerFeedWebHost.StartAsync();
        var store = web.Store;
        var alice = web.App(store.Alice);
        var figures = await alice.Blocks.CreateAsync(store.Request("Figures", new DateTime(2026, 3, 2, 9, 0, 0), "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", 30, store.Alice.Id)
            with { ProcedureSteps = ["Open the figures", "Write them down"], Notes = "Yesterday's sales" });
        await alice.Blocks.CreateAsync(store.Request("Strategy", new DateTime(2026, 3, 3, 14, 0, 0), "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", 120, store.Alice.Id));
        await alice.Blocks.CreateAsync(store.Request("Merchandising", new DateTime(2026, 3, 6, 15, 0, 0), "FREQ=MONTHLY;BYDAY=1FR", 60, store.Alice.Id));
        await alice.Blocks.CreateAsync(store.Request("Supplier call", new DateTime(2026, 3, 31, 11, 0, 0), null, 45, store.Alice.Id));
        await alice.Blocks.CreateAsync(store.Request("Bob's packing", new DateTime(2026, 3, 2, 16, 0, 0), "FREQ=WEEKLY;BYDAY=MO", 60, store.Bob.Id));
        await alice.Blocks.CreateAsync(store.Request("Nobody's social posts", new DateTime(2026, 3, 2, 17, 0, 0), "FREQ=WEEKLY;BYDAY=MO", 30));
        Assert.That((await alice.Occurrences.SkipAsync(figures.BlockId, new DateTime(2026, 3, 24, 9, 0, 0))).Succeeded);
        Assert.That((await alice.Occurrences.MoveAsync(figures.BlockId, new DateTime(2026, 3, 30, 9, 0, 0), new DateTime(2026, 3, 30, 11, 15, 0), 20)).Succeeded);

        var (html, feedUrl) = await web.MakeLinkAsync();

        Assert.That(feedUrl, Does.StartWith(web.BaseAddress + "merchantops/planner/").And.EndWith(".ics"));
        Assert.That(html, Does.Contain($"href=\"{WebUtility.HtmlEncode(PlannerFeedModelFactory.WebcalUrl(feedUrl))}\""), "the webcal:// link");
        Assert.That(html, Does.Contain("Google Calendar").And.Contain("Subscribe from web").And.Contain("New Calendar Subscription"));
        using var calendarClient = web.CalendarClient();
        web.SignIn(new Customer { Id = 999, Active = true }); // whoever the server thinks is signed in, the token alone decides
        using var response = await calendarClient.GetAsync(new Uri(feedUrl).PathAndQuery.TrimStart('/'));
        var ics = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), ics);
        Assert.That(response.Content.Headers.ContentType?.ToString(), Is.EqualTo("text/calendar; charset=utf-8"));
        Assert.That(response.Headers.CacheControl?.ToString(), Is.EqualTo("no-store, private"));
        Assert.That(response.Headers.Contains("Set-Cookie"), Is.False, "no cookie for a calendar client");
        var calendar = Calendar.Load(ics);
        Assert.That(calendar.TimeZones.Select(z => z.TzId), Is.EqualTo(new[] { "Europe/Paris" }));
        Assert.That(calendar.Events.Select(e => e.Summary).Distinct(), Is.EquivalentTo(new[] { "Figures", "Strategy", "Merchandising", "Supplier call" }),
            "Alice's blocks only: not Bob's, not the unassigned one");
        // This week, the week of the skip and the week of the move and of the spring change (29 March).
        foreach (var monday in new[] { new DateTime(2026, 3, 2), new DateTime(2026, 3, 23), new DateTime(2026, 3, 30) })
        {
            var week = await alice.Blocks.GetWeekAsync(store.Store.Id, DateOnly.FromDateTime(monday), mineOnly: true);
            var expected = week.Items.Where(i => !i.Occurrence.Skipped).Select(i => (i.Block.Title, i.Occurrence.StartUtc, i.Occurrence.EndUtc))
                .OrderBy(x => x.StartUtc).ThenBy(x => x.Title).ToList();
            Assert.That(expected, Has.Count.GreaterThanOrEqualTo(4), $"week of {monday:d}: four of five figures at least");
            Assert.That(OccurrencesOfWeek(calendar, monday), Is.EqualTo(expected), $"week of {monday:d}");
        }

        // The page lists what the calendar shows this week, as the week view reads it.
        var thisWeek = (await alice.Blocks.GetWeekAsync(store.Store.Id, new DateOnly(2026, 3, 2), mineOnly: true)).Items.Where(i => !i.Occurrence.Skipped).ToList();
        Assert.That(PlannerFeedWebHost.Items(html, "planner-feed-week"), Has.Count.EqualTo(thisWeek.Count));
        Assert.That(PlannerFeedWebHost.Items(html, "planner-feed-week")[0], Is.EqualTo("Monday 9:00 AM–9:30 AM Figures"));
    }

    [Test]
    public async Task Every_refused_token_gets_the_same_empty_404_missing_malformed_tampered_replaced_stopped_or_its_owner_inactive_deleted_or_without_Planner()
    {
        await using var web = await PlannerFeedWebHost.StartAsync();
        var store = web.Store;
        await web.App(store.Alice).Blocks.CreateAsync(store.Request("Figures", new DateTime(2026, 3, 2, 9, 0, 0), "FREQ=WEEKLY;BYDAY=MO", 30, store.Alice.Id));
        using var client = web.CalendarClient();
        var first = PlannerFeedWebHost.TokenOf((await web.MakeLinkAsync()).FeedUrl);
        var refusals = new List<(string Case, HttpResponseMessage Response, string Body)>();

        async Task<HttpStatusCode> FetchAsync(string path, string refusalCase = null)
        {
            var response = await client.GetAsync(path);
            var body = await response.Content.ReadAsStringAsync();
            if (refusalCase != null)
                refusals.Add((refusalCase, response, body));
            return response.StatusCode;
        }

        Assert.That(await FetchAsync(PlannerFeedWebHost.FeedPath(first)), Is.EqualTo(HttpStatusCode.OK));
        // No token: no route matches (a path ending in ".ics" is a file to nopCommerce's 404 page, which leaves it empty).
        await FetchAsync("merchantops/planner/.ics", "no token");
        await FetchAsync(PlannerFeedWebHost.FeedPath("x"), "malformed");
        await FetchAsync(PlannerFeedWebHost.FeedPath(first + "A"), "one character too many");
        await FetchAsync(PlannerFeedWebHost.FeedPath(first[..^1] + (first[^1] == 'A' ? 'B' : 'A')), "secret's last character changed");
        await FetchAsync(PlannerFeedWebHost.FeedPath((first[0] == 'a' ? 'b' : 'a') + first[1..]), "key's first character changed");
        await FetchAsync(PlannerFeedWebHost.FeedPath(first[..32] + first[32..].ToUpperInvariant()), "secret in capitals");

        var second = PlannerFeedWebHost.TokenOf((await web.MakeLinkAsync("Rotate")).FeedUrl);
        await FetchAsync(PlannerFeedWebHost.FeedPath(first), "the replaced link");
        Assert.That(await FetchAsync(PlannerFeedWebHost.FeedPath(second)), Is.EqualTo(HttpStatusCode.OK));

        web.PlannerUsers.Remove(store.Alice.Id);
        await FetchAsync(PlannerFeedWebHost.FeedPath(second), "owner without the Planner permission");
        web.PlannerUsers.Add(store.Alice.Id);
        Assert.That(await FetchAsync(PlannerFeedWebHost.FeedPath(second)), Is.EqualTo(HttpStatusCode.OK));

        var alice = await web.Database.Repository<Customer>().GetByIdAsync(store.Alice.Id);
        alice.Active = false;
        await web.Database.Repository<Customer>().UpdateAsync(alice);
        await FetchAsync(PlannerFeedWebHost.FeedPath(second), "inactive owner");
        alice.Active = true;
        alice.Deleted = true;
        await web.Database.Repository<Customer>().UpdateAsync(alice);
        await FetchAsync(PlannerFeedWebHost.FeedPath(second), "deleted owner");
        alice.Deleted = false;
        await web.Database.Repository<Customer>().UpdateAsync(alice);
        Assert.That(await FetchAsync(PlannerFeedWebHost.FeedPath(second)), Is.EqualTo(HttpStatusCode.OK));

        using (var revoked = await web.PostFormAsync("Admin/PlannerFeed/Revoke"))
            Assert.That(revoked.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        await FetchAsync(PlannerFeedWebHost.FeedPath(second), "the stopped feed");

        Assert.Multiple(() =>
        {
            foreach (var (refusal, response, body) in refusals)
            {
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), refusal);
                Assert.That(body, Is.Empty, refusal);
                Assert.That(response.Content.Headers.ContentType, Is.Null, refusal);
                Assert.That(response.Headers.Contains("Set-Cookie"), Is.False, refusal);
                Assert.That(response.Headers.Location, Is.Null, refusal);
            }

            // The controller's refusals (not the router's) carry exactly the same headers, whatever was wrong.
            var answered = refusals.Where(r => r.Response.Headers.CacheControl != null).ToList();
            Assert.That(answered.Select(r => r.Case), Is.SupersetOf(new[] { "malformed", "the replaced link", "inactive owner", "the stopped feed" }));
            foreach (var (refusal, response, _) in answered)
            {
                Assert.That(response.Headers.CacheControl.ToString(), Is.EqualTo("no-store, private"), refusal);
                Assert.That(response.Headers.Select(h => h.Key).Where(k => k != "Date").Order(),
                    Is.EqualTo(answered[0].Response.Headers.Select(h => h.Key).Where(k => k != "Date").Order()), refusal);
            }
        });
        foreach (var (_, response, _) in refusals)
            response.Dispose();
    }

    [Test]
    public async Task A_vendor_s_staff_member_gets_only_their_vendor_s_blocks_not_a_shop_block_still_assigned_to_them()
    {
        await using var web = await PlannerFeedWebHost.StartAsync();
        var store = web.Store;
        var customers = web.Database.Repository<Customer>();
        // Vera was shop staff when a shop block was given to her, then joined vendor 5.
        var vera = await customers.GetByIdAsync(store.Vera.Id);
        vera.VendorId = 0;
        await customers.UpdateAsync(vera);
        var shopBlock = await web.App(store.Alice).Blocks.CreateAsync(store.Request("Shop figures", new DateTime(2026, 3, 2, 9, 0, 0), "FREQ=WEEKLY;BYDAY=MO", 30, store.Vera.Id));
        Assert.That(shopBlock.Succeeded, shopBlock.ResourceKey);
        vera.VendorId = 5;
        await customers.UpdateAsync(vera);
        await web.App(store.Vera).Blocks.CreateAsync(store.Request("Vendor packing", new DateTime(2026, 3, 2, 16, 0, 0), "FREQ=WEEKLY;BYDAY=MO", 60, store.Vera.Id));
        await web.App(store.Alice).Blocks.CreateAsync(store.Request("Alice's figures", new DateTime(2026, 3, 2, 10, 0, 0), "FREQ=WEEKLY;BYDAY=MO", 30, store.Alice.Id));

        web.SignIn(store.Vera);
        var (html, feedUrl) = await web.MakeLinkAsync();
        using var client = web.CalendarClient();
        var calendar = Calendar.Load(await client.GetStringAsync(new Uri(feedUrl).PathAndQuery.TrimStart('/')));
        web.SignIn(store.Alice);
        var aliceCalendar = Calendar.Load(await client.GetStringAsync(new Uri((await web.MakeLinkAsync()).FeedUrl).PathAndQuery.TrimStart('/')));

        Assert.That(calendar.Events.Select(e => e.Summary), Is.EqualTo(new[] { "Vendor packing" }));
        Assert.That(PlannerFeedWebHost.Items(html, "planner-feed-week"), Has.Count.EqualTo(1).And.All.EndsWith("Vendor packing"), "the page's preview agrees");
        Assert.That(aliceCalendar.Events.Select(e => e.Summary), Is.EqualTo(new[] { "Alice's figures" }));
    }

    [Test]
    public async Task An_edited_series_keeps_its_UID_with_a_higher_SEQUENCE_so_subscribed_calendars_update_it()
    {
        await using var web = await PlannerFeedWebHost.StartAsync();
        var store = web.Store;
        var alice = web.App(store.Alice);
        var created = await alice.Blocks.CreateAsync(store.Request("Figures", new DateTime(2026, 3, 2, 9, 0, 0), "FREQ=WEEKLY;BYDAY=MO,WE", 30, store.Alice.Id));
        using var client = web.CalendarClient();
        var path = new Uri((await web.MakeLinkAsync()).FeedUrl).PathAndQuery.TrimStart('/');
        var before = Calendar.Load(await client.GetStringAsync(path)).Events.Single();

        var edited = await alice.Blocks.UpdateAsync(created.BlockId, created.Version,
            store.Request("Figures and stock", new DateTime(2026, 3, 2, 9, 30, 0), "FREQ=WEEKLY;BYDAY=MO,WE,FR", 45, store.Alice.Id));
        Assert.That(edited.Succeeded, edited.ResourceKey);
        var after = Calendar.Load(await client.GetStringAsync(path)).Events.Single();

        Assert.That(after.Uid, Is.EqualTo(before.Uid).And.EndWith("@merchantops"));
        Assert.That(after.Sequence, Is.GreaterThan(before.Sequence));
        Assert.That((after.Summary, after.DtStart.Hour, after.DtStart.Minute, after.Duration!.Value.ToTimeSpanUnspecified()),
            Is.EqualTo(("Figures and stock", 9, 30, TimeSpan.FromMinutes(45))));
    }

    [Test]
    public async Task A_script_title_is_iCalendar_text_in_the_feed_and_encoded_on_the_page()
    {
        await using var web = await PlannerFeedWebHost.StartAsync();
        var store = web.Store;
        const string title = "<svg/onload=alert(1)>; a, b";
        await web.App(store.Alice).Blocks.CreateAsync(store.Request(title, new DateTime(2026, 3, 3, 9, 0, 0), "FREQ=WEEKLY;BYDAY=TU", 30, store.Alice.Id)
            with { Notes = "<img src=x onerror=alert(2)>\nline two; with, commas" });

        var (html, feedUrl) = await web.MakeLinkAsync();
        using var client = web.CalendarClient();
        var ics = await client.GetStringAsync(new Uri(feedUrl).PathAndQuery.TrimStart('/'));
        var read = Calendar.Load(ics).Events.Single();

        // RFC 5545 TEXT: ";" "," and line breaks are escaped; the markup stays text (a calendar shows it as typed).
        Assert.That(ics, Does.Contain("SUMMARY:<svg/onload=alert(1)>\\; a\\, b\r\n"));
        Assert.That(ics, Does.Contain("DESCRIPTION:<img src=x onerror=alert(2)>\\nline two\\; with\\, commas"));
        Assert.That((read.Summary, read.Description), Is.EqualTo((title, "<img src=x onerror=alert(2)>\nline two; with, commas")));
        Assert.That(html, Does.Not.Contain("<svg/onload").And.Contain("&lt;svg/onload=alert(1)&gt;; a, b"));
        var page = await web.GetPageAsync(PlannerFeedWebHost.FeedPage);
        Assert.That(page, Does.Not.Contain("<svg/onload").And.Contain("&lt;svg/onload=alert(1)&gt;; a, b"));
    }

    [Test]
    public async Task The_link_is_shown_once_in_the_answer_to_the_post_never_again_nor_in_a_cookie()
    {
        await using var web = await PlannerFeedWebHost.StartAsync();
        var noLink = await web.GetPageAsync(PlannerFeedWebHost.FeedPage);
        Assert.That(noLink, Does.Contain("You have no calendar link yet.").And.Contain("Create my calendar link").And.Not.Contain("planner-feed-url"));
        Assert.That(noLink, Does.Match("data-menu-system-name=\"MerchantOps.Planner\">\\s*<a [^>]*class=\"nav-link active\""), "the Planner menu item is the active one");

        using var created = await web.PostFormAsync("Admin/PlannerFeed/Create");
        var html = await created.Content.ReadAsStringAsync();
        var token = PlannerFeedWebHost.TokenOf(PlannerFeedWebHost.LinkOn(html));
        var secret = token[PlannerLimits.FeedKeyLength..];

        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.OK), "shown in the POST's own answer, not through a redirect");
        Assert.That(created.Headers.CacheControl?.NoStore, Is.True, "the browser keeps no copy of the page with the link");
        Assert.That(html, Does.Contain("Copy it now: it is shown only once.").And.Contain("id=\"planner-feed-copy\""));
        Assert.That(created.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], Has.None.Contains(secret));
        Assert.That(await web.Database.Repository<PlannerFeedSecret>().Table.SingleAsync(f => f.CustomerId == web.Store.Alice.Id),
            Has.Property(nameof(PlannerFeedSecret.SecretHash)).Not.Contains(secret));

        // Reloading the page (a GET) says a link exists and never shows it.
        var reloaded = await web.GetPageAsync(PlannerFeedWebHost.FeedPage);
        Assert.That(reloaded, Does.Not.Contain(secret).And.Not.Contain("planner-feed-url").And.Contain("You have a calendar link."));
        Assert.That(reloaded, Does.Contain("Replace my link").And.Contain("Stop my feed").And.Not.Contain("Create my calendar link"));

        // "Create" again (a resent form) changes nothing and shows nothing: the link already given keeps working.
        using var again = await web.PostFormAsync("Admin/PlannerFeed/Create");
        Assert.That((again.StatusCode, again.Headers.Location?.ToString()), Is.EqualTo((HttpStatusCode.Redirect, "/Admin/PlannerFeed")));
        Assert.That(web.Host.Notifications.Sent.Select(n => n.Message), Has.Some.StartsWith("You already have a calendar link."));
        using var client = web.CalendarClient();
        using (var stillWorks = await client.GetAsync(PlannerFeedWebHost.FeedPath(token)))
            Assert.That(stillWorks.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        // Replacing shows a new link and says the old one stops working; the old one answers 404 at once.
        var (rotatedHtml, rotatedUrl) = await web.MakeLinkAsync("Rotate");
        Assert.That(rotatedHtml, Does.Contain("the old one no longer works"));
        Assert.That(PlannerFeedWebHost.TokenOf(rotatedUrl), Is.Not.EqualTo(token));
        using (var old = await client.GetAsync(PlannerFeedWebHost.FeedPath(token)))
            Assert.That(old.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));

        // Stopping: the page says so and offers to create one again.
        using var stopped = await web.PostFormAsync("Admin/PlannerFeed/Revoke");
        Assert.That(stopped.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await web.GetPageAsync(PlannerFeedWebHost.FeedPage), Does.Contain("Your calendar link no longer works.").And.Contain("Create my calendar link"));
    }

    [Test]
    public async Task The_page_is_in_French_for_a_French_admin()
    {
        await using var web = await PlannerFeedWebHost.StartAsync();
        web.Host.WorkContext.UseFrench();

        var page = await web.GetPageAsync(PlannerFeedWebHost.FeedPage);
        var (created, _) = await web.MakeLinkAsync();

        Assert.That(page, Does.Contain("Mon lien d&#x27;agenda").Or.Contain("Mon lien d'agenda"));
        Assert.That(page, Does.Contain("Créer mon lien d'agenda").Or.Contain("Cr&#xE9;er mon lien d&#x27;agenda"));
        Assert.That(created, Does.Contain("Google Agenda").And.Contain("Outlook").And.Contain("Nouvel abonnement à un calendrier").And.Not.Contain("plugins.misc.merchantops"));
    }

    [Test]
    public async Task The_page_needs_the_Planner_permission_and_admin_access_and_its_posts_the_antiforgery_token()
    {
        await using var web = await PlannerFeedWebHost.StartAsync();
        var feeds = web.Database.Repository<PlannerFeedSecret>();
        var token = await web.Host.GetAntiforgeryTokenAsync(web.Client, PlannerFeedWebHost.FeedPage);
        async Task<HttpResponseMessage> PostAsync(string action, bool withToken = true) =>
            await web.Client.PostAsync($"Admin/PlannerFeed/{action}",
                new FormUrlEncodedContent(withToken ? [new("__RequestVerificationToken", token)] : Array.Empty<KeyValuePair<string, string>>()));

        // No antiforgery token: refused, nothing made.
        using (var forged = await PostAsync("Create", withToken: false))
            Assert.That(forged.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await feeds.Table.CountAsync(), Is.Zero);

        // Without the Planner permission (the role's, or this user's): access denied, nothing made.
        web.Allow(MerchantOpsDefaults.Permissions.Packing);
        using (var page = await web.Client.GetAsync(PlannerFeedWebHost.FeedPage))
            Assert.That(page.Headers.Location?.ToString(), Does.Contain("/Admin/Security/AccessDenied"));
        using (var post = await PostAsync("Create"))
            Assert.That(post.Headers.Location?.ToString(), Does.Contain("/Admin/Security/AccessDenied"));
        web.Allow(MerchantOpsDefaults.Permissions.Planner);
        web.PlannerUsers.Remove(web.Store.Alice.Id);
        using (var post = await PostAsync("Rotate"))
            Assert.That(post.Headers.Location?.ToString(), Does.Contain("/Admin/Security/AccessDenied"));
        Assert.That(await feeds.Table.CountAsync(), Is.Zero);

        // Without access to the admin area: the login page.
        web.PlannerUsers.Add(web.Store.Alice.Id);
        web.Host.Permissions.DenyAll();
        using (var page = await web.Client.GetAsync(PlannerFeedWebHost.FeedPage))
            Assert.That(page.Headers.Location?.ToString(), Does.Contain("/login"));

        // With both: made; then a revoke without the token is refused and the feed stays.
        web.Allow(MerchantOpsDefaults.Permissions.Planner);
        using (var post = await PostAsync("Create"))
            Assert.That(post.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using (var forged = await PostAsync("Revoke", withToken: false))
            Assert.That(forged.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await feeds.Table.CountAsync(), Is.EqualTo(1));
    }

    [Test]
    public async Task Serving_the_feed_never_asks_who_the_current_customer_is_so_nopCommerce_makes_no_guest_and_sets_no_cookie()
    {
        await using var web = await PlannerFeedWebHost.StartAsync();
        var token = PlannerFeedWebHost.TokenOf((await web.MakeLinkAsync()).FeedUrl);
        using var client = web.CalendarClient();

        using (var right = await client.GetAsync(PlannerFeedWebHost.FeedPath(token)))
            Assert.That(right.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using (var wrong = await client.GetAsync(PlannerFeedWebHost.FeedPath(token[..^1] + (token[^1] == 'A' ? 'B' : 'A'))))
            Assert.That(wrong.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));

        var asked = web.CurrentCustomerRequests.Paths;
        Assert.That(asked, Has.Some.EqualTo("/Admin/PlannerFeed/Index"), "the admin pages do ask (nopCommerce's filters and the services)");
        Assert.That(asked, Has.None.StartsWith("/merchantops/"));
    }

    [Test]
    public void The_feed_controller_is_a_plain_ASP_NET_controller_outside_nopCommerce_s_base_controllers()
    {
        // nopCommerce's BaseController filters ask for the current customer on every GET (last activity, IP address,
        // last visited page, password and MFA checks): nopCommerce then inserts a guest customer and sets its cookie for
        // each poll of a calendar client. BasePublicController adds the closed-store and private-store redirects.
        var controller = typeof(PlannerCalendarController);
        Assert.That(controller.BaseType, Is.EqualTo(typeof(Microsoft.AspNetCore.Mvc.Controller)));
        Assert.That(controller.IsDefined(typeof(Microsoft.AspNetCore.Mvc.AreaAttribute), true), Is.False, "not in the admin area");
        Assert.That(controller.GetMethod(nameof(PlannerCalendarController.Feed))!.IsDefined(typeof(Microsoft.AspNetCore.Authorization.AllowAnonymousAttribute), false));
    }

    /// <summary>The (title, start, end) in UTC of the calendar's occurrences in the Paris week starting at <paramref name="mondayLocal"/>.</summary>
    private static List<(string Title, DateTime StartUtc, DateTime EndUtc)> OccurrencesOfWeek(Calendar calendar, DateTime mondayLocal)
    {
        var fromUtc = TimeZoneInfo.ConvertTimeToUtc(mondayLocal, Paris);
        var toUtc = TimeZoneInfo.ConvertTimeToUtc(mondayLocal.AddDays(7), Paris);
        return calendar.GetOccurrences<CalendarEvent>(new CalDateTime(fromUtc, "UTC", true), null)
            .TakeWhileBefore(new CalDateTime(toUtc, "UTC", true))
            .Select(o => (((CalendarEvent)o.Source).Summary, o.Period.StartTime.AsUtc, o.Period.EffectiveEndTime!.AsUtc))
            .Where(x => x.Item2 >= fromUtc)
            .OrderBy(x => x.Item2).ThenBy(x => x.Summary)
            .ToList();
    }
}
