using NUnit.Framework;
using Nop.Plugin.Misc.MerchantOps.Kpi.Digest.Domain;
using Nop.Plugin.Misc.MerchantOps.Kpi.Digest.Services;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using static Nop.Plugin.Misc.MerchantOps.Tests.Kpi.Digest.KpiDigestScenario;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Kpi.Digest;

/// <summary>Two app instances running the digest's schedule task at the same moment (a web farm), week after week.</summary>
[TestFixture(DatabaseEngine.PostgreSql)]
[TestFixture(DatabaseEngine.MySql)]
public class KpiDigestConcurrencyTests : DatabaseTestBase
{
    private const int Rounds = 20;

    public KpiDigestConcurrencyTests(DatabaseEngine engine) : base(engine)
    {
    }

    [Test]
    public async Task Two_task_runs_at_the_same_moment_queue_exactly_one_email_per_store_and_week()
    {
        var shop = await CreateAsync(Database);
        var outcomes = new List<KpiDigestOutcome>();
        for (var round = 0; round < Rounds; round++)
        {
            shop.Clock.UtcNow = FridayNineParis.AddDays(7 * round);
            var senders = new[] { Sender(shop.App()), Sender(shop.App()) };
            outcomes.AddRange(await Race.RunAsync(senders.Select(sender => (Func<Task<KpiDigestOutcome>>)(() => sender.SendWeeklyAsync(shop.Store.Id))).ToList()));

            var emails = await shop.EmailsAsync();
            var claims = await shop.ClaimsAsync();
            Assert.That(emails.Count, Is.EqualTo(round + 1), $"one email per week after round {round}");
            Assert.That(claims.Select(c => c.QueuedEmailId), Is.EquivalentTo(emails.Select(e => (int?)e.Id)), "each email is its week's claim's");
        }

        Assert.That(outcomes.Count(o => o == KpiDigestOutcome.Queued), Is.EqualTo(Rounds));
        Assert.That(outcomes.Count(o => o is KpiDigestOutcome.HeldByAnotherRun or KpiDigestOutcome.AlreadySent), Is.EqualTo(Rounds));
        TestContext.Out.WriteLine($"losers: {string.Join(", ", outcomes.Where(o => o != KpiDigestOutcome.Queued).GroupBy(o => o).Select(g => $"{g.Key} {g.Count()}"))}");
    }

    [Test]
    public async Task Two_schedule_tasks_at_the_same_moment_queue_one_email()
    {
        var shop = await CreateAsync(Database);
        for (var round = 0; round < Rounds; round++)
        {
            shop.Clock.UtcNow = FridayNineParis.AddDays(7 * round);
            var tasks = new[] { shop.App().Get<KpiDigestTask>(), shop.App().Get<KpiDigestTask>() };
            await Race.RunAsync(tasks.Select(task => (Func<Task<bool>>)(async () => { await task.ExecuteAsync(); return true; })).ToList());
            Assert.That((await shop.EmailsAsync()).Count, Is.EqualTo(round + 1), $"round {round}");
        }
    }
}
