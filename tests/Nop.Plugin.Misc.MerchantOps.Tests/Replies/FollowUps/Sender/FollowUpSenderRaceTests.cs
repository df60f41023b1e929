using NUnit.Framework;
using Nop.Core.Domain.Messages;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services.Contracts;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Replies.FollowUps.Sender;

/// <summary>
/// Two app instances running the follow-up task at the same moment (a web farm on one database), 20 rounds over 1,000
/// eligible targets (50 more become due each round, as time goes on): every target gets exactly one email and one send row.
/// </summary>
[TestFixture(DatabaseEngine.PostgreSql)]
[TestFixture(DatabaseEngine.MySql)]
public class FollowUpSenderRaceTests : DatabaseTestBase
{
    private const int Rounds = 20;
    private const int Customers = 250;
    private const int OrdersPerCustomer = 4;

    public FollowUpSenderRaceTests(DatabaseEngine engine) : base(engine)
    {
    }

    [Test]
    public async Task Two_task_runners_in_parallel_over_1000_targets_send_each_exactly_once()
    {
        var s = await SenderScenario.CreateAsync(Database);
        s.MaxPerCustomer = 1000;
        var reply = await s.Shop.ReplyAsync("Unpaid", "/unpaid", "Order %Order.OrderNumber%", "<p>Hello %Order.CustomerFullName%</p>", s.Shop.English.Id);
        var rule = await s.RuleAsync(FollowUpTrigger.UnpaidOrder, reply);
        var start = s.Clock.UtcNow;
        var targets = new List<FollowUpCandidate>();
        for (var c = 0; c < Customers; c++)
        {
            var (customer, address) = await s.CustomerAsync($"c{c}@example.com", "C", c.ToString());
            for (var o = 0; o < OrdersPerCustomer; o++)
            {
                var order = await s.Shop.OrderAsync(customer, address, quantity: 1);
                var index = targets.Count;
                targets.Add(s.OrderTarget(rule, order, customer, start.AddMinutes(10 * (index % Rounds)), version: 1));
            }
        }

        var summaries = new List<FollowUpRunSummary>();
        for (var round = 0; round < Rounds; round++)
        {
            s.Clock.UtcNow = start.AddMinutes(10 * round);
            var senders = new[] { s.App().Get<IFollowUpSender>(), s.App().Get<IFollowUpSender>() };
            summaries.AddRange(await Race.RunAsync(senders.Select(sender => (Func<Task<FollowUpRunSummary>>)sender.RunDueAsync).ToList()));

            var due = targets.Count(t => t.DueOnUtc <= s.Clock.UtcNow);
            Assert.That(await Database.Repository<QueuedEmail>().Table.CountAsync(e => e.Id > 0), Is.EqualTo(due), $"one email per due target after round {round}");
        }

        var emails = await s.EmailsAsync();
        var claims = await s.ClaimsAsync();
        var sends = await s.ReplySendsAsync();
        Assert.That(emails, Has.Count.EqualTo(targets.Count));
        Assert.That(claims.Select(c => c.TargetId), Is.EquivalentTo(targets.Select(t => t.TargetId)), "one claim per target");
        Assert.That(claims.All(c => c.Status == FollowUpSendStatus.Queued && c.ClaimToken == null), Is.True);
        Assert.That(sends.Select(x => x.OrderId), Is.EquivalentTo(targets.Select(t => t.OrderId)), "one send row per target");
        Assert.That(sends.Select(x => x.QueuedEmailId), Is.EquivalentTo(emails.Select(e => (int?)e.Id)), "each email is its send row's");
        Assert.That(claims.Select(c => c.QueuedEmailId), Is.EquivalentTo(emails.Select(e => (int?)e.Id)));
        Assert.That(summaries.Sum(x => x.Queued), Is.EqualTo(targets.Count));
        Assert.That(summaries.Sum(x => x.Failed), Is.Zero);
        Assert.That(summaries.Sum(x => x.HeldByAnotherRun), Is.GreaterThan(0), "the two runners did race for the same targets");
        TestContext.Out.WriteLine($"queued {summaries.Sum(x => x.Queued)}, held by the other run {summaries.Sum(x => x.HeldByAnotherRun)}, " +
            $"queued per runner {string.Join("/", summaries.Select(x => x.Queued).Take(6))}…");
    }
}
