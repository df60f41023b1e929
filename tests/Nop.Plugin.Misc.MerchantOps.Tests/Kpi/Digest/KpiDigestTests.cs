using NUnit.Framework;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Misc.MerchantOps.Kpi.Digest.Domain;
using Nop.Plugin.Misc.MerchantOps.Kpi.Digest.Services;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;
using static Nop.Plugin.Misc.MerchantOps.Tests.Kpi.Digest.KpiDigestScenario;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Kpi.Digest;

/// <summary>The weekly digest on each engine, with the real migrations and real QueuedEmail rows.</summary>
[TestFixture(DatabaseEngine.Sqlite)]
[TestFixture(DatabaseEngine.PostgreSql)]
[TestFixture(DatabaseEngine.MySql)]
public class KpiDigestTests : DatabaseTestBase
{
    public KpiDigestTests(DatabaseEngine engine) : base(engine)
    {
    }

    [Test]
    public async Task Nothing_is_queued_before_the_set_hour_of_the_set_day()
    {
        var shop = await CreateAsync(Database);
        shop.Clock.UtcNow = new DateTime(2026, 4, 2, 20, 0, 0, DateTimeKind.Utc); // Thursday 22:00 in Paris
        Assert.That(await shop.SendWeeklyAsync(), Is.EqualTo(KpiDigestOutcome.NotDue));
        shop.Clock.UtcNow = FridayNineParis.AddMinutes(-1); // Friday 08:59 in Paris
        Assert.That(await shop.SendWeeklyAsync(), Is.EqualTo(KpiDigestOutcome.NotDue));

        Assert.That((await shop.EmailsAsync()).Count + (await shop.ClaimsAsync()).Count, Is.Zero);
    }

    [Test]
    public async Task From_the_set_hour_the_week_s_digest_is_queued_once_to_the_store_s_email_account_address()
    {
        var shop = await CreateAsync(Database);
        shop.Clock.UtcNow = FridayNineParis;

        Assert.That(await shop.SendWeeklyAsync(), Is.EqualTo(KpiDigestOutcome.Queued));
        var email = (await shop.EmailsAsync()).Single();
        var claim = (await shop.ClaimsAsync()).Single();
        Assert.That((email.To, email.From, email.EmailAccountId), Is.EqualTo(("shop@shop.test", "shop@shop.test", shop.Account.Id)));
        Assert.That((claim.QueuedEmailId, claim.WeekKey, claim.FromDay, claim.ToDay, claim.ClaimToken),
            Is.EqualTo(((int?)email.Id, 202614, 20260327, 20260402, (Guid?)null)));
    }

    [Test]
    public async Task Re_runs_the_same_week_queue_nothing_more_and_the_next_week_queues_the_next_digest()
    {
        var shop = await CreateAsync(Database);
        shop.Clock.UtcNow = FridayNineParis;
        await shop.SendWeeklyAsync();

        shop.Clock.UtcNow = FridayNineParis.AddHours(1);
        Assert.That(await shop.SendWeeklyAsync(), Is.EqualTo(KpiDigestOutcome.AlreadySent));
        shop.Clock.UtcNow = FridayNineParis.AddDays(2); // Sunday, same ISO week
        Assert.That(await shop.SendWeeklyAsync(), Is.EqualTo(KpiDigestOutcome.AlreadySent));
        Assert.That((await shop.EmailsAsync()).Count, Is.EqualTo(1));

        shop.Clock.UtcNow = FridayNineParis.AddDays(7);
        Assert.That(await shop.SendWeeklyAsync(), Is.EqualTo(KpiDigestOutcome.Queued));
        Assert.That((await shop.EmailsAsync()).Count, Is.EqualTo(2));
    }

    [Test]
    public async Task A_digest_missed_on_Friday_goes_on_Saturday_with_the_same_days()
    {
        var shop = await CreateAsync(Database);
        shop.Clock.UtcNow = FridayNineParis.AddDays(1);

        Assert.That(await shop.SendWeeklyAsync(), Is.EqualTo(KpiDigestOutcome.Queued));
        var claim = (await shop.ClaimsAsync()).Single();
        Assert.That((claim.FromDay, claim.ToDay), Is.EqualTo((20260327, 20260402)));
    }

    [Test]
    public async Task The_schedule_task_sends_through_the_sender_and_a_turned_off_digest_is_not_sent()
    {
        var shop = await CreateAsync(Database);
        shop.Clock.UtcNow = FridayNineParis;
        await shop.SetAsync(nameof(MerchantOpsSettings.KpiDigestEnabled), "False");
        await shop.App().Get<KpiDigestTask>().ExecuteAsync();
        Assert.That((await shop.EmailsAsync()).Count, Is.Zero, "turned off");

        await shop.SetAsync(nameof(MerchantOpsSettings.KpiDigestEnabled), "True");
        await shop.App().Get<KpiDigestTask>().ExecuteAsync();
        await shop.App().Get<KpiDigestTask>().ExecuteAsync();
        Assert.That((await shop.EmailsAsync()).Count, Is.EqualTo(1));
    }

    [Test]
    public async Task The_owner_s_addresses_go_to_To_and_CC_and_the_set_day_and_hour_are_used()
    {
        var shop = await CreateAsync(Database);
        await shop.SetAsync(nameof(MerchantOpsSettings.KpiDigestRecipients), "owner@shop.test, partner@shop.test");
        await shop.SetAsync(nameof(MerchantOpsSettings.KpiDigestDay), nameof(DayOfWeek.Monday));
        await shop.SetAsync(nameof(MerchantOpsSettings.KpiDigestHour), "18");

        shop.Clock.UtcNow = new DateTime(2026, 4, 6, 15, 59, 0, DateTimeKind.Utc); // Monday 17:59 in Paris
        Assert.That(await shop.SendWeeklyAsync(), Is.EqualTo(KpiDigestOutcome.NotDue));
        shop.Clock.UtcNow = new DateTime(2026, 4, 6, 16, 0, 0, DateTimeKind.Utc);
        Assert.That(await shop.SendWeeklyAsync(), Is.EqualTo(KpiDigestOutcome.Queued));

        var email = (await shop.EmailsAsync()).Single();
        var claim = (await shop.ClaimsAsync()).Single();
        Assert.That((email.To, email.CC), Is.EqualTo(("owner@shop.test", "partner@shop.test")));
        Assert.That((claim.FromDay, claim.ToDay), Is.EqualTo((20260330, 20260405)), "Monday to Sunday before the Monday digest");
    }

    [TestCase(FaultPoint.BeforeQueuedEmailInsert)]
    [TestCase(FaultPoint.AfterQueuedEmailInsert)]
    public async Task A_failure_between_the_claim_and_the_queued_mark_is_retried_by_the_next_run_and_one_email_is_queued(FaultPoint point)
    {
        var shop = await CreateAsync(Database);
        shop.Clock.UtcNow = FridayNineParis;
        var faults = new InjectedFaults().FailOnce(point);

        Assert.ThrowsAsync<InjectedFailureException>(() => shop.SendWeeklyAsync(shop.App(faults: faults)));
        // PostgreSQL and MariaDB roll the email back with the mark (one transaction); SQLite does not enlist, and the
        // email left is found again by its marker
        Assert.That((await shop.EmailsAsync()).Count, Is.EqualTo(point == FaultPoint.AfterQueuedEmailInsert && Engine == DatabaseEngine.Sqlite ? 1 : 0));
        var claim = (await shop.ClaimsAsync()).Single();
        Assert.That((claim.QueuedEmailId, claim.ClaimToken), Is.EqualTo(((int?)null, (Guid?)null)), "claimed, not queued, given back");

        Assert.That(await shop.SendWeeklyAsync(), Is.EqualTo(KpiDigestOutcome.Queued));
        Assert.That(await shop.SendWeeklyAsync(), Is.EqualTo(KpiDigestOutcome.AlreadySent));
        var email = (await shop.EmailsAsync()).Single();
        Assert.That((await shop.ClaimsAsync()).Single().QueuedEmailId, Is.EqualTo(email.Id));
    }

    [Test]
    public async Task A_run_that_died_holding_the_claim_is_taken_over_once_its_claim_lapsed()
    {
        var shop = await CreateAsync(Database);
        shop.Clock.UtcNow = FridayNineParis;
        await Database.Repository<KpiDigestSend>().InsertAsync(new KpiDigestSend
        {
            StoreId = shop.Store.Id, WeekKey = 202614, FromDay = 20260327, ToDay = 20260402,
            ClaimToken = Guid.NewGuid(), ClaimExpiresOnUtc = FridayNineParis.AddMinutes(10), CreatedOnUtc = FridayNineParis
        });

        Assert.That(await shop.SendWeeklyAsync(), Is.EqualTo(KpiDigestOutcome.HeldByAnotherRun));
        shop.Clock.UtcNow = FridayNineParis.AddMinutes(11);
        Assert.That(await shop.SendWeeklyAsync(), Is.EqualTo(KpiDigestOutcome.Queued));
        Assert.That((await shop.EmailsAsync()).Count, Is.EqualTo(1));
    }

    [Test]
    public async Task A_test_digest_goes_to_the_admin_now_and_never_counts_as_the_week_s()
    {
        var shop = await CreateAsync(Database);
        shop.Clock.UtcNow = FridayNineParis;

        Assert.That(await Sender(shop.App()).SendTestAsync(shop.Store.Id, "admin@shop.test"), Is.EqualTo(KpiDigestOutcome.TestQueued));
        Assert.That(await Sender(shop.App()).SendTestAsync(shop.Store.Id, "not an address"), Is.EqualTo(KpiDigestOutcome.NoRecipient));
        Assert.That((await shop.ClaimsAsync()).Count, Is.Zero);

        Assert.That(await shop.SendWeeklyAsync(), Is.EqualTo(KpiDigestOutcome.Queued));
        Assert.That((await shop.EmailsAsync()).Select(e => e.To), Is.EqualTo(new[] { "admin@shop.test", "shop@shop.test" }));
    }

    [Test]
    public async Task The_email_holds_the_week_s_rollup_figures_against_the_week_before_and_the_funnel()
    {
        var shop = await CreateAsync(Database);
        shop.Clock.UtcNow = FridayNineParis;
        await shop.SalesDayAsync(WeekFrom, orders: 3, revenue: 300m, newCustomers: 2, returning: 1);
        await shop.SalesDayAsync(WeekTo, orders: 2, revenue: 1034.5m, newCustomers: 1, returning: 1, refunded: 1, refundedAmount: 20m);
        await shop.SalesDayAsync(WeekTo.AddDays(1), orders: 50, revenue: 5000m); // Friday itself: not in the week
        await shop.SalesDayAsync(WeekFrom.AddDays(-1), orders: 4, revenue: 1000m); // the week before
        await shop.FunnelDayAsync(WeekFrom, 1000, 400, 100, 20, 5);

        await shop.SendWeeklyAsync();
        var body = (await shop.EmailsAsync()).Single().Body;

        Assert.That(Cells(body), Is.SupersetOf(new[]
        {
            "Orders|5|4|+25%", "Revenue|$1,334.50|$1,000.00|+33%", "Average order value|$266.90|$250.00|+7%",
            "New customers|3|0|—", "Returning customers|2|0|—", "Refunded orders|1|0|—", "Refunded amount|$20.00|$0.00|—",
            "Visitors|1,000|—|0", "Viewed a product|400|40.0%|0", "Added to cart|100|25.0%|0", "Started checkout|20|20.0%|0", "Ordered|5|25.0%|0"
        }));
        Assert.That(body, Does.Contain("Conversion (visitors who ordered): 0.5% (week before: —)."));
    }

    [Test]
    public async Task A_week_without_orders_or_visitors_says_so_and_shows_no_NaN()
    {
        var shop = await CreateAsync(Database);
        shop.Clock.UtcNow = FridayNineParis;

        await shop.SendWeeklyAsync();
        var body = (await shop.EmailsAsync()).Single().Body;

        Assert.That(body, Does.Contain("No orders this week.").And.Contain("No visitors recorded this week."));
        Assert.That(body, Does.Not.Contain("NaN").And.Not.Contain("∞"));
    }

    [Test]
    public async Task The_store_name_is_encoded_in_the_body()
    {
        var shop = await CreateAsync(Database);
        shop.Store.Name = "<svg/onload=alert(1)> & Co";
        await Database.Repository<Store>().UpdateAsync(shop.Store);
        shop.Clock.UtcNow = FridayNineParis;

        await shop.SendWeeklyAsync();
        var email = (await shop.EmailsAsync()).Single();

        Assert.That(email.Body, Does.Contain("Your week at &lt;svg/onload=alert(1)&gt; &amp; Co").And.Not.Contain("<svg"));
        Assert.That(email.Subject, Does.StartWith("<svg/onload=alert(1)> & Co: your week up to"), "a plain-text header, as nopCommerce's subjects");
    }

    [Test]
    public async Task A_French_store_gets_its_digest_in_French_with_French_numbers()
    {
        var shop = await CreateAsync(Database);
        shop.Store.DefaultLanguageId = shop.French.Id;
        await Database.Repository<Store>().UpdateAsync(shop.Store);
        shop.Clock.UtcNow = FridayNineParis;
        await shop.FunnelDayAsync(WeekFrom, 1200, 600, 0, 0, 0);

        await shop.SendWeeklyAsync();
        var email = (await shop.EmailsAsync()).Single();

        Assert.That(email.Subject, Does.StartWith("Tea & Mugs : votre semaine jusqu'au 02/04/2026"));
        Assert.That(email.Body, Does.Contain("Aucune commande cette semaine.").And.Contain("Votre semaine chez Tea &amp; Mugs"));
        var french = System.Globalization.CultureInfo.GetCultureInfo("fr-FR");
        Assert.That(Cells(email.Body), Does.Contain($"Visiteurs|{1200.ToString("N0", french)}|—|0")
            .And.Contain($"Ont vu un produit|600|{0.5m.ToString("P1", french)}|0"));
        Assert.That(1200.ToString("N0", french), Is.Not.EqualTo("1200").And.Not.EqualTo("1,200"), "French digit grouping");
    }

    /// <summary>The body's table rows, each as its cells' texts joined by '|' (HTML decoded).</summary>
    private static List<string> Cells(string body) =>
        System.Text.RegularExpressions.Regex.Matches(body, "<tr[^>]*>(.*?)</tr>").Select(row =>
            string.Join("|", System.Text.RegularExpressions.Regex.Matches(row.Groups[1].Value, "<t[dh]>(.*?)</t[dh]>")
                .Select(cell => System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(cell.Groups[1].Value, "<[^>]+>", ""))))).ToList();
}
