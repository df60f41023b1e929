using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using NUnit.Framework;
using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;
using static Nop.Plugin.Misc.MerchantOps.Tests.Kpi.Page.KpiPageWebHost;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Kpi.Page;

/// <summary>
/// The KPI page as an admin's browser gets it (plugin test host over SQLite, rollup rows inserted directly): permission,
/// the figures against the rows, the previous period, vendor scope, the period's cut, the journal (antiforgery, versions,
/// encoding on the table and in the chart data), targets of 0, and the CSV. Today is 1 April 2026 in Paris.
/// </summary>
public class KpiPageTests
{
    private static readonly DateOnly Mar31 = new(2026, 3, 31);
    private static readonly DateOnly Mar25 = new(2026, 3, 25);
    private static readonly DateOnly Mar20 = new(2026, 3, 20);
    private const string Script = "<svg/onload=alert(1)>";

    private KpiPageWebHost _web;

    [SetUp]
    public async Task StartAsync() => _web = await KpiPageWebHost.StartAsync();

    [TearDown]
    public async Task StopAsync() => await _web.DisposeAsync();

    [Test]
    public async Task Without_the_kpi_permission_the_page_the_csv_and_the_journal_are_refused()
    {
        _web.Allow(MerchantOpsDefaults.Permissions.Planner);

        foreach (var url in new[] { PageUrl, CsvUrl })
        {
            using var response = await _web.Client.GetAsync(url);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), url);
            Assert.That(response.Headers.Location?.ToString(), Does.Contain("/Admin/Security/AccessDenied"), url);
        }

        _web.Allow(MerchantOpsDefaults.Permissions.Kpi);
        var token = await _web.Host.GetAntiforgeryTokenAsync(_web.Client, PageUrl);
        _web.Allow(MerchantOpsDefaults.Permissions.Planner);
        using var post = await _web.Client.PostAsync("Admin/MerchantOpsKpi/AddNote", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["storeId"] = "1", ["day"] = "2026-03-31", ["text"] = "newsletter sent", ["__RequestVerificationToken"] = token
        }));
        Assert.That(post.Headers.Location?.ToString(), Does.Contain("/Admin/Security/AccessDenied"));
        Assert.That(await _web.NotesAsync(), Is.Empty);
    }

    [Test]
    public async Task A_rise_of_refunds_or_cancellations_is_marked_as_bad_news_and_a_French_admin_reads_changes_the_French_way()
    {
        await _web.SalesAsync(Mar25, 4, 200m, refunded: 2, refundedAmount: 30m, cancelled: 1, cancelledAmount: 10m);
        await _web.SalesAsync(Mar20, 5, 160m, refunded: 1, refundedAmount: 20m, cancelled: 2, cancelledAmount: 40m);

        var html = await _web.GetPageAsync();

        string Css(string key) => Regex.Match(Element(html, "table", "kpi-sales"), $"<tr data-figure=\"{key}\">[\\s\\S]*?class=\"kpi-change ([^\"]*)\"").Groups[1].Value;
        Assert.That(Css("Revenue"), Is.EqualTo("kpi-up"), "more revenue: green");
        Assert.That(Css("Orders"), Is.EqualTo("kpi-down"), "fewer orders: red");
        Assert.That(Css("RefundedOrders"), Is.EqualTo("kpi-down"), "more refunds: red");
        Assert.That(Css("RefundedAmount"), Is.EqualTo("kpi-down"));
        Assert.That(Css("CancelledOrders"), Is.EqualTo("kpi-up"), "fewer cancellations: green");
        Assert.That(Css("CancelledAmount"), Is.EqualTo("kpi-up"));
        Assert.That(Figure(html, "kpi-sales", "Orders").Change, Is.EqualTo("-20.0%"));

        _web.Host.WorkContext.UseFrench();
        var french = await _web.GetPageAsync();

        static string Spaced(string text) => Regex.Replace(text, "[\u00A0\u202F]", " ");
        Assert.That(Spaced(Figure(french, "kpi-sales", "Revenue").Change), Is.EqualTo("+25,0 %"), "as French writes a percentage, like the page's other ones");
        Assert.That(Spaced(Figure(french, "kpi-sales", "Orders").Change), Is.EqualTo("-20,0 %"));
    }

    [Test]
    public async Task The_figures_are_the_rollup_rows_of_the_period_against_the_previous_period_with_no_division_by_zero()
    {
        // last 7 days = 25 to 31 March; previous = 18 to 24 March
        await _web.SalesAsync(Mar25, 3, 120.50m, items: 5, newCustomers: 2, returning: 1);
        await _web.SalesAsync(Mar31, 2, 80m, items: 2, refunded: 1, refundedAmount: 15m);
        await _web.SalesAsync(Mar20, 1, 100m, items: 1, newCustomers: 1);
        await _web.SalesAsync(new DateOnly(2026, 3, 17), 9, 900m); // before the previous period
        await _web.SalesAsync(new DateOnly(2026, 4, 1), 4, 400m);  // today: not in the last 7 days
        await _web.SalesAsync(Mar25, 1, 25m, vendorId: 7);         // a vendor's row is not the store's
        await _web.FunnelAsync(Mar25, 100, 60, 20, 8, 3);
        await _web.FunnelAsync(Mar31, 50, 30, 10, 4, 2);
        await _web.FunnelAsync(Mar20, 40, 20, 5, 0, 1);
        await _web.SourceAsync(Mar25, "newsletter", "email", "spring", 30, 3);
        await _web.SourceAsync(Mar31, KpiSources.Direct, "", "", 120, 2);

        var html = await _web.GetPageAsync();

        Assert.That(Figure(html, "kpi-sales", "Orders"), Is.EqualTo(("5", "1", "+400.0%")));
        Assert.That(Figure(html, "kpi-sales", "Revenue"), Is.EqualTo(("$200.50", "$100.00", "+100.5%")));
        Assert.That(Figure(html, "kpi-sales", "AverageOrderValue"), Is.EqualTo(("$40.10", "$100.00", "-59.9%")));
        Assert.That(Figure(html, "kpi-sales", "Items"), Is.EqualTo(("7", "1", "+600.0%")));
        Assert.That(Figure(html, "kpi-sales", "ReturningCustomers"), Is.EqualTo(("1", "0", "new")), "from 0: new, not a division by zero");
        Assert.That(Figure(html, "kpi-sales", "RefundedAmount"), Is.EqualTo(("$15.00", "$0.00", "new")));
        Assert.That(Figure(html, "kpi-sales", "CancelledOrders"), Is.EqualTo(("0", "0", "—")), "0 both times: no change");
        Assert.That(Figure(html, "kpi-funnel", "Visitors"), Is.EqualTo(("150", "40", "+275.0%")));
        Assert.That(Figure(html, "kpi-funnel", "CheckoutStarted"), Is.EqualTo(("12", "0", "new")));
        Assert.That(Figure(html, "kpi-funnel", "Conversion").Current, Is.EqualTo("3.3%"), "5 orders of 150 visitors");
        Assert.That(Text(html), Does.Contain("25 Mar 2026 – 31 Mar 2026 (7 days)").And.Contain("Compared with 18 Mar 2026 – 24 Mar 2026"));

        var days = Element(html, "table", "kpi-days");
        Assert.That(Regex.Matches(days, "<tr data-day=").Count, Is.EqualTo(7), "every day of the period, zeros included");
        Assert.That(Regex.Match(days, "<tr data-day=\"2026-03-25\">.*?</tr>", RegexOptions.Singleline).Value, Does.Contain("$120.50").And.Contain(">3<"));
        var sources = Text(Element(html, "table", "kpi-sources"));
        Assert.That(sources, Does.Contain("newsletter").And.Contain("spring").And.Contain("10.0%"));
        Assert.That(sources.IndexOf("(direct)", StringComparison.Ordinal), Is.LessThan(sources.IndexOf("newsletter", StringComparison.Ordinal)), "most visitors first");

        var chart = JsonDocument.Parse(WebUtility.HtmlDecode(Regex.Match(Element(html, "script", "kpi-chart-data"), ">(.*)</script>", RegexOptions.Singleline).Groups[1].Value)).RootElement;
        Assert.That(chart.GetProperty("revenue").EnumerateArray().Select(v => v.GetDecimal()), Is.EqualTo(new[] { 120.50m, 0, 0, 0, 0, 0, 80m }));
        Assert.That(chart.GetProperty("funnel").GetProperty("visitors").EnumerateArray().Select(v => v.GetInt32()), Is.EqualTo(new[] { 100, 0, 0, 0, 0, 0, 50 }));
    }

    [Test]
    public async Task Another_period_and_its_previous_one_are_read_from_the_rows_of_their_days()
    {
        await _web.SalesAsync(Mar31, 2, 80m);
        await _web.SalesAsync(new DateOnly(2026, 3, 30), 6, 60m);

        var yesterday = await _web.GetPageAsync(PageUrl + "?period=Yesterday");
        var lastMonth = await _web.GetPageAsync(PageUrl + "?period=LastMonth");

        Assert.That(Figure(yesterday, "kpi-sales", "Orders"), Is.EqualTo(("2", "6", "-66.7%")));
        Assert.That(Figure(lastMonth, "kpi-sales", "Revenue"), Is.EqualTo(("$140.00", "$0.00", "new")));
        Assert.That(Text(lastMonth), Does.Contain("1 Mar 2026 – 31 Mar 2026 (31 days)").And.Contain("Compared with 29 Jan 2026 – 28 Feb 2026"));
        Assert.That(Text(yesterday), Does.Contain("(1 day)").And.Not.Contain("(1 days)"), "one day is said in the singular");
    }

    [Test]
    public async Task A_ten_year_period_is_cut_to_the_longest_period_and_says_so()
    {
        await _web.SalesAsync(Mar31, 2, 80m);

        var html = await _web.GetPageAsync(PageUrl + "?period=Custom&from=2016-03-31&to=2026-03-31");

        var first = Mar31.AddDays(1 - KpiLimits.LongestPeriodDays);
        Assert.That(Element(html, "div", "kpi-period-cut"), Does.Contain("cut").And.Contain(KpiLimits.LongestPeriodDays.ToString()));
        Assert.That(html, Does.Contain($"name=\"from\" value=\"{first:yyyy-MM-dd}\""));
        Assert.That(Regex.Matches(Element(html, "table", "kpi-days"), "<tr data-day=").Count, Is.EqualTo(KpiLimits.LongestPeriodDays));
        Assert.That(Figure(html, "kpi-sales", "Orders").Current, Is.EqualTo("2"));

        var normal = await _web.GetPageAsync(PageUrl + "?period=Custom&from=2026-03-01&to=2026-03-31");
        Assert.That(normal, Does.Not.Contain("kpi-period-cut"));
    }

    [Test]
    public async Task A_vendor_sees_only_their_own_sales_and_no_funnel_sources_journal_or_targets()
    {
        await _web.SalesAsync(Mar25, 3, 120.50m);
        await _web.SalesAsync(Mar25, 1, 25m, vendorId: 7, items: 2);
        await _web.SalesAsync(Mar25, 4, 160m, vendorId: 8);
        await _web.FunnelAsync(Mar25, 100, 60, 20, 8, 3);
        await _web.SourceAsync(Mar25, "newsletter-secret", "email", "spring", 30, 3);
        await _web.Database.Repository<KpiJournalNote>().InsertAsync(new KpiJournalNote { StoreId = 1, LocalDay = KpiDay.Key(Mar25), Text = "owner-only note", Version = 1 });
        _web.SignInAsVendor(7);

        var html = await _web.GetPageAsync();
        var csv = Encoding.UTF8.GetString(await _web.Client.GetByteArrayAsync(CsvUrl));

        Assert.That(Figure(html, "kpi-sales", "Orders").Current, Is.EqualTo("1"));
        Assert.That(Figure(html, "kpi-sales", "Revenue").Current, Is.EqualTo("$25.00"));
        Assert.That(html, Does.Not.Contain("id=\"kpi-funnel").And.Not.Contain("id=\"kpi-sources").And.Not.Contain("id=\"kpi-journal\"").And.Not.Contain("id=\"kpi-targets\""));
        Assert.That(html, Does.Not.Contain("newsletter-secret").And.Not.Contain("owner-only note").And.Not.Contain("\"funnel\":{"));
        Assert.That(csv, Does.Contain("2026-03-25,1,25.00,25.00,2").And.Not.Contain("Visitors").And.Not.Contain("owner-only"));

        using var add = await _web.PostFormAsync("AddNote", true, ("storeId", "1"), ("day", "2026-03-31"), ("text", "vendor note"));
        using var targets = await _web.PostFormAsync("SaveTargets", true, ("storeId", "1"), ("weekly", "100"));
        Assert.That(await _web.NotesAsync(), Has.Count.EqualTo(1), "a vendor writes no journal note");
        Assert.That(await _web.Database.Repository<KpiRevenueTarget>().Table.CountAsync(), Is.Zero, "nor targets");
    }

    [Test]
    public async Task Journal_notes_are_added_edited_and_deleted_by_posts_with_the_antiforgery_token_and_a_stale_version_is_refused()
    {
        using (var forged = await _web.PostFormAsync("AddNote", false, ("storeId", "1"), ("day", "2026-03-28"), ("text", "newsletter sent")))
            Assert.That(forged.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "no token");
        Assert.That(await _web.NotesAsync(), Is.Empty);

        using (var added = await _web.PostFormAsync("AddNote", true, ("storeId", "1"), ("day", "2026-03-28"), ("text", "  newsletter sent "), ("period", "Last28Days")))
        {
            Assert.That(added.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(added.Headers.Location?.ToString(), Does.Contain("period=Last28Days"));
        }
        var note = (await _web.NotesAsync()).Single();
        Assert.That((note.Text, note.LocalDay, note.Version, note.StoreId), Is.EqualTo(("newsletter sent", 20260328, 1, 1)));

        using (await _web.PostFormAsync("EditNote", true, ("storeId", "1"), ("id", $"{note.Id}"), ("version", "1"), ("day", "2026-03-29"), ("text", "free shipping from 50 €"))) { }
        // a second admin who loaded the page before the edit
        using (await _web.PostFormAsync("EditNote", true, ("storeId", "1"), ("id", $"{note.Id}"), ("version", "1"), ("day", "2026-03-29"), ("text", "stale text"))) { }
        Assert.That(_web.Host.Notifications.Sent.Select(n => n.Message), Has.Some.Contains("changed this note meanwhile"));
        var page = await _web.GetPageAsync(PageUrl + "?period=Last28Days");
        Assert.That(Regex.Match(page, "<form[^>]*kpi-note-delete[^>]*>").Value, Does.Contain("data-confirm=\"Delete this note?\""),
            "the delete button asks before deleting (Content/kpi.js)");
        using (await _web.PostFormAsync("DeleteNote", true, ("storeId", "1"), ("id", $"{note.Id}"), ("version", "1"))) { }
        var edited = (await _web.NotesAsync()).Single();
        Assert.That((edited.Text, edited.LocalDay, edited.Version), Is.EqualTo(("free shipping from 50 €", 20260329, 2)));

        using (var forgedDelete = await _web.PostFormAsync("DeleteNote", false, ("storeId", "1"), ("id", $"{note.Id}"), ("version", "2")))
            Assert.That(forgedDelete.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        using (await _web.PostFormAsync("DeleteNote", true, ("storeId", "1"), ("id", $"{note.Id}"), ("version", "2"))) { }
        Assert.That(await _web.NotesAsync(), Is.Empty);
    }

    [Test]
    public async Task A_note_with_script_is_text_in_the_table_and_json_text_in_the_chart_data()
    {
        await _web.SalesAsync(Mar25, 3, 120m);
        using (await _web.PostFormAsync("AddNote", true, ("storeId", "1"), ("day", "2026-03-27"), ("text", Script))) { }
        Assert.That((await _web.NotesAsync()).Single().Text, Is.EqualTo(Script), "stored as written");

        var html = await _web.GetPageAsync();

        Assert.That(html, Does.Not.Contain("<svg"), "never as markup");
        Assert.That(Element(html, "table", "kpi-notes"), Does.Contain("&lt;svg/onload=alert(1)&gt;"));
        Assert.That(Element(html, "table", "kpi-days"), Does.Contain("&lt;svg/onload=alert(1)&gt;"));
        var data = Element(html, "script", "kpi-chart-data");
        Assert.That(data, Does.Contain("\\u003Csvg/onload=alert(1)\\u003E"));
        var json = JsonDocument.Parse(Regex.Match(data, ">(.*)</script>", RegexOptions.Singleline).Groups[1].Value).RootElement;
        Assert.That(json.GetProperty("notes")[0].GetProperty("text").GetString(), Is.EqualTo(Script), "the chart gets the text itself");
        Assert.That(json.GetProperty("notes")[0].GetProperty("day").GetString(), Is.EqualTo("2026-03-27"));
    }

    [Test]
    public async Task A_note_compares_the_seven_days_before_with_its_day_and_the_days_after_already_over()
    {
        // note on 28 March: before = 21–27 March, after = 28–31 March (4 of 7 days over on 1 April)
        for (var day = new DateOnly(2026, 3, 21); day <= new DateOnly(2026, 3, 27); day = day.AddDays(1))
        {
            await _web.SalesAsync(day, 1, 70m);
            await _web.FunnelAsync(day, 100, 50, 10, 5, 1);
        }
        for (var day = new DateOnly(2026, 3, 28); day <= Mar31; day = day.AddDays(1))
        {
            await _web.SalesAsync(day, 2, 140m);
            await _web.FunnelAsync(day, 100, 50, 10, 5, 2);
        }
        await _web.SalesAsync(new DateOnly(2026, 4, 1), 50, 5000m); // today: not over, not counted
        using (await _web.PostFormAsync("AddNote", true, ("storeId", "1"), ("day", "2026-03-28"), ("text", "newsletter sent"))) { }

        var html = await _web.GetPageAsync(PageUrl + "?period=Custom&from=2026-03-28&to=2026-03-31");

        var effect = Text(Regex.Match(Element(html, "table", "kpi-notes"), "<table class=\"table table-sm mb-0 kpi-effect\">.*?</table>", RegexOptions.Singleline).Value);
        Assert.That(effect, Does.Contain("7 days before (21 Mar 2026 – 27 Mar 2026)"));
        Assert.That(effect, Does.Contain("After: 4 of 7 days (28 Mar 2026 – 31 Mar 2026)"));
        Assert.That(Regex.Replace(effect, @"\s+", " "), Does.Contain("Revenue per day $70.00 $140.00 +100.0%"));
        Assert.That(Regex.Replace(effect, @"\s+", " "), Does.Contain("Orders per day 1.0 2.0 +100.0%"));
        Assert.That(Regex.Replace(effect, @"\s+", " "), Does.Contain("Conversion 1.0% 2.0% +100.0%"));
    }

    [Test]
    public async Task A_target_of_zero_or_empty_is_no_target_and_a_target_shows_progress_and_the_run_rate_forecast()
    {
        // April 1 is the first day of the month (no forecast yet); the week is Monday 30 March to Sunday 5 April
        await _web.SalesAsync(new DateOnly(2026, 3, 30), 2, 100m);
        await _web.SalesAsync(Mar31, 2, 200m);
        await _web.SalesAsync(new DateOnly(2026, 4, 1), 1, 50m);

        using (await _web.PostFormAsync("SaveTargets", true, ("storeId", "1"), ("weekly", "0"), ("monthly", ""))) { }
        var none = Text(Targets(await _web.GetPageAsync()));
        Assert.That(none, Does.Contain("no target").And.Not.Contain("∞").And.Not.Contain("NaN"));
        Assert.That(await _web.Database.Repository<KpiRevenueTarget>().Table.SingleAsync(), Has.Property(nameof(KpiRevenueTarget.WeeklyRevenue)).EqualTo(0m));

        using (await _web.PostFormAsync("SaveTargets", true, ("storeId", "1"), ("weekly", "1000"), ("monthly", "3000.5"))) { }
        var page = await _web.GetPageAsync();
        var targets = Regex.Replace(Text(Targets(page)), @"\s+", " ");
        // week: 350 so far = 35.0% of 1,000; days over: 30 and 31 March (300) → 300 ÷ 2 × 7 = 1,050
        Assert.That(targets, Does.Contain("Target $1,000.00 Revenue so far $350.00 Reached 35.0% Still to make $650.00 Forecast $1,050.00"));
        Assert.That(targets, Does.Contain("Forecast = revenue of the days already over ($300.00 in 2 days) ÷ 2 × 7 days"));
        Assert.That(targets, Does.Contain("Target $3,000.50 Revenue so far $50.00").And.Contain("No forecast on the first day"));
        Assert.That(page, Does.Contain("value=\"1000\"").And.Contain("value=\"3000.5\""));

        using (await _web.PostFormAsync("SaveTargets", true, ("storeId", "1"), ("weekly", "-5"), ("monthly", "10"))) { }
        Assert.That((await _web.Database.Repository<KpiRevenueTarget>().Table.SingleAsync()).WeeklyRevenue, Is.EqualTo(1000m), "a negative target is refused");
    }

    private static string Targets(string html)
    {
        var start = html.IndexOf("id=\"kpi-targets\"", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThan(0), "the targets card");
        return html[start..html.IndexOf("id=\"kpi-revenue-title\"", start, StringComparison.Ordinal)];
    }

    [Test]
    public async Task The_csv_has_the_period_per_day_utf8_with_bom_and_a_note_starting_a_formula_is_made_text()
    {
        await _web.SalesAsync(Mar25, 3, 120.5m, items: 5, newCustomers: 2, returning: 1, refunded: 1, refundedAmount: 10m, cancelled: 1, cancelledAmount: 9.99m);
        await _web.FunnelAsync(Mar25, 100, 60, 20, 8, 3);
        using (await _web.PostFormAsync("AddNote", true, ("storeId", "1"), ("day", "2026-03-25"), ("text", "=HYPERLINK(\"http://evil\")"))) { }
        using (await _web.PostFormAsync("AddNote", true, ("storeId", "1"), ("day", "2026-03-25"), ("text", "Soldes d'été, « -20 % »"))) { }

        using var response = await _web.Client.GetAsync(CsvUrl + "?period=Last7Days");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = new UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF');
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.That(response.Content.Headers.ContentType?.ToString(), Does.StartWith("text/csv"));
        Assert.That(response.Content.Headers.ContentDisposition?.FileName, Does.Contain("kpi-2026-03-25-2026-03-31.csv"));
        Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
        Assert.That(lines[0], Is.EqualTo("Date,Orders,Revenue,Average order value,Items,New customers,Returning customers,Refunded orders,Refunded amount,Cancelled orders,Cancelled amount,Visitors,Viewed a product,Added to cart,Started checkout,Ordered,Conversion,Journal"));
        Assert.That(lines, Has.Length.EqualTo(8), "header and 7 days");
        Assert.That(lines[1], Does.StartWith("2026-03-25,3,120.50,40.17,5,2,1,1,10.00,1,9.99,100,60,20,8,3,0.03,"));
        Assert.That(lines[1], Does.Contain("\"'=HYPERLINK(\"\"http://evil\"\") | Soldes d'été, « -20 % »\""));
        Assert.That(lines[2], Is.EqualTo("2026-03-26,0,0.00,0.00,0,0,0,0,0.00,0,0.00,0,0,0,0,0,0,"));
    }
}
