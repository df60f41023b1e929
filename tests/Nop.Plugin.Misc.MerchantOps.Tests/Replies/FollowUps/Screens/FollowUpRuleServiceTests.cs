using Nop.Core.Domain.Stores;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Replies.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services.Contracts;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using NUnit.Framework;
using Keys = Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain.FollowUpScreenKeys.Rule;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Replies.FollowUps.Screens;

/// <summary>The rule service over the real tables: checks (each bad input named by its key, nothing written), saves over a read version, activation, soft delete, vendors.</summary>
[TestFixture(DatabaseEngine.Sqlite)]
[TestFixture(DatabaseEngine.PostgreSql)]
[TestFixture(DatabaseEngine.MySql)]
public class FollowUpRuleServiceTests : DatabaseTestBase
{
    public FollowUpRuleServiceTests(DatabaseEngine engine) : base(engine)
    {
    }

    private RepliesScenario _s;
    private CannedReply _reply;

    private IFollowUpRuleService Rules => _s.App.StoreApp.Get<IFollowUpRuleService>();
    private IRepository<FollowUpRule> Rows => Database.Repository<FollowUpRule>();

    [SetUp]
    public async Task CreateScenarioAsync()
    {
        _s = await RepliesScenario.CreateAsync(Database);
        _reply = await _s.ReplyAsync("Pay please", "pay", "Order %Order.OrderNumber%", "<p>Hello</p>");
    }

    private FollowUpRuleInput Input(string name = "Unpaid orders", FollowUpTrigger trigger = FollowUpTrigger.UnpaidOrder, long delay = 48,
        FollowUpDelayUnit unit = FollowUpDelayUnit.Hours, int? replyId = null, int maxReminders = 2, int conversionDays = 7, int storeId = 0,
        int id = 0, int version = 0) => new()
    {
        Id = id, Version = version, Name = name, Trigger = trigger, DelayValue = delay, DelayUnit = unit, ReplyId = replyId ?? _reply.Id,
        MaxReminders = maxReminders, ConversionDays = conversionDays, StoreId = storeId
    };

    [Test]
    public async Task A_valid_rule_is_saved_inactive_with_its_delay_in_hours()
    {
        var result = await Rules.SaveAsync(Input(" Reviews ", FollowUpTrigger.ReviewRequest, 7, FollowUpDelayUnit.Days, maxReminders: 4, storeId: _s.Store.Id));

        Assert.That(result.Succeeded, Is.True, string.Join(", ", result.Errors.Select(e => e.ResourceKey)));
        var rule = Rows.Table.Single();
        Assert.That((rule.Name, rule.Trigger, rule.DelayHours, rule.ReplyId, rule.StoreId, rule.Active, rule.Version, rule.SeedKey),
            Is.EqualTo(("Reviews", FollowUpTrigger.ReviewRequest, 168, _reply.Id, _s.Store.Id, false, 1, (string)null)));
        Assert.That(rule.MaxReminders, Is.EqualTo(1), "reminders are for unpaid orders only");
    }

    public static IEnumerable<TestCaseData> BadInputs()
    {
        yield return new TestCaseData("", FollowUpTrigger.UnpaidOrder, 48L, FollowUpDelayUnit.Hours, 2, 7, "Name", Keys.NameRequired).SetName("{m}(no name)");
        yield return new TestCaseData(new string('x', FollowUpLimits.MaxNameLength + 1), FollowUpTrigger.UnpaidOrder, 48L, FollowUpDelayUnit.Hours, 2, 7, "Name", Keys.NameTooLong).SetName("{m}(name too long)");
        yield return new TestCaseData("R", (FollowUpTrigger)99, 48L, FollowUpDelayUnit.Hours, 2, 7, "Trigger", Keys.TriggerUnknown).SetName("{m}(unknown trigger)");
        yield return new TestCaseData("R", FollowUpTrigger.UnpaidOrder, 0L, FollowUpDelayUnit.Hours, 2, 7, "Delay", Keys.DelayOutOfRange).SetName("{m}(delay 0)");
        yield return new TestCaseData("R", FollowUpTrigger.UnpaidOrder, 0L, FollowUpDelayUnit.Days, 2, 7, "Delay", Keys.DelayOutOfRange).SetName("{m}(delay 0 days)");
        yield return new TestCaseData("R", FollowUpTrigger.AbandonedCart, 3650L, FollowUpDelayUnit.Days, 1, 7, "Delay", Keys.DelayOutOfRange).SetName("{m}(delay 10 years)");
        yield return new TestCaseData("R", FollowUpTrigger.AbandonedCart, 91L, FollowUpDelayUnit.Days, 1, 7, "Delay", Keys.DelayOutOfRange).SetName("{m}(delay 91 days)");
        yield return new TestCaseData("R", FollowUpTrigger.AbandonedCart, -5L, FollowUpDelayUnit.Hours, 1, 7, "Delay", Keys.DelayOutOfRange).SetName("{m}(negative delay)");
        yield return new TestCaseData("R", FollowUpTrigger.AbandonedCart, long.MaxValue / 2, FollowUpDelayUnit.Days, 1, 7, "Delay", Keys.DelayOutOfRange).SetName("{m}(delay beyond a number)");
        yield return new TestCaseData("R", FollowUpTrigger.UnpaidOrder, 48L, FollowUpDelayUnit.Hours, 0, 7, "MaxReminders", Keys.MaxRemindersOutOfRange).SetName("{m}(0 reminders)");
        yield return new TestCaseData("R", FollowUpTrigger.UnpaidOrder, 48L, FollowUpDelayUnit.Hours, 6, 7, "MaxReminders", Keys.MaxRemindersOutOfRange).SetName("{m}(6 reminders)");
        yield return new TestCaseData("R", FollowUpTrigger.ReviewRequest, 48L, FollowUpDelayUnit.Hours, 1, 0, "ConversionDays", Keys.ConversionDaysOutOfRange).SetName("{m}(conversion 0 days)");
        yield return new TestCaseData("R", FollowUpTrigger.ReviewRequest, 48L, FollowUpDelayUnit.Hours, 1, 91, "ConversionDays", Keys.ConversionDaysOutOfRange).SetName("{m}(conversion 91 days)");
    }

    [TestCaseSource(nameof(BadInputs))]
    public async Task A_bad_input_is_refused_with_its_message_and_nothing_is_written(string name, FollowUpTrigger trigger, long delay,
        FollowUpDelayUnit unit, int maxReminders, int conversionDays, string field, string key)
    {
        var result = await Rules.SaveAsync(Input(name, trigger, delay, unit, maxReminders: maxReminders, conversionDays: conversionDays));

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Errors.Select(e => (e.Field, e.ResourceKey)), Is.EqualTo(new[] { (field, key) }));
        Assert.That(Rows.Table.Count(), Is.Zero);
        if (key == Keys.DelayOutOfRange)
            Assert.That(result.Errors[0].Args, Is.EqualTo(new object[] { 1, 90 }), "the message says the allowed range: 1 hour to 90 days");
    }

    [Test]
    public async Task The_delay_boundaries_1_hour_and_90_days_are_accepted()
    {
        Assert.That((await Rules.SaveAsync(Input("one hour", delay: 1))).Succeeded, Is.True);
        Assert.That((await Rules.SaveAsync(Input("ninety days", delay: 90, unit: FollowUpDelayUnit.Days))).Succeeded, Is.True);
        Assert.That((await Rules.SaveAsync(Input("2161 hours", delay: 90 * 24 + 1))).Succeeded, Is.False);
        Assert.That(Rows.Table.OrderBy(r => r.Id).Select(r => r.DelayHours).ToList(), Is.EqualTo(new[] { 1, 2160 }));
    }

    [Test]
    public async Task A_deleted_reply_a_missing_reply_and_an_unknown_store_are_refused()
    {
        var deleted = await _s.ReplyAsync("Old one", "old", "Old", "<p>Old</p>");
        await _s.App.Library.DeleteAsync(deleted.Id);

        var onDeleted = await Rules.SaveAsync(Input(replyId: deleted.Id));
        var onNone = await Rules.SaveAsync(Input(replyId: 0));
        var onMissingStore = await Rules.SaveAsync(Input(storeId: 9999));

        Assert.That(onDeleted.Errors.Select(e => (e.Field, e.ResourceKey)), Is.EqualTo(new[] { ("ReplyId", Keys.ReplyDeleted) }));
        Assert.That(onNone.Errors.Select(e => (e.Field, e.ResourceKey)), Is.EqualTo(new[] { ("ReplyId", Keys.ReplyRequired) }));
        Assert.That(onMissingStore.Errors.Select(e => (e.Field, e.ResourceKey)), Is.EqualTo(new[] { ("StoreId", Keys.StoreUnknown) }));
        Assert.That(Rows.Table.Count(), Is.Zero);
    }

    [Test]
    public async Task Two_people_saving_the_same_version_the_first_wins_the_second_is_told_and_nothing_of_the_first_is_lost()
    {
        var created = await Rules.SaveAsync(Input("Unpaid"));
        var read = await Rules.GetAsync(created.RuleId);
        // Two admins, two app instances (two servers of a web farm), both opened the form at version 1.
        var other = _s.AnotherInstance();
        var otherRules = other.StoreApp.Get<IFollowUpRuleService>();

        var first = await Rules.SaveAsync(Input("Unpaid, by Alice", delay: 24, id: read.Id, version: read.Version));
        var second = await otherRules.SaveAsync(Input("Unpaid, by Bob", delay: 72, maxReminders: 3, id: read.Id, version: read.Version));

        Assert.That((first.Succeeded, first.Version), Is.EqualTo((true, 2)));
        Assert.That((second.Succeeded, second.ResourceKey), Is.EqualTo((false, Keys.ChangedMeanwhile)));
        var stored = Rows.Table.Single();
        Assert.That((stored.Name, stored.DelayHours, stored.MaxReminders, stored.Version), Is.EqualTo(("Unpaid, by Alice", 24, 2, 2)));

        // Bob reloads (version 2) and saves again: it goes through.
        var again = await otherRules.SaveAsync(Input("Unpaid, by Bob", delay: 72, maxReminders: 3, id: read.Id, version: 2));
        Assert.That(again.Succeeded, Is.True);
        Assert.That((Rows.Table.Single().Name, Rows.Table.Single().Version), Is.EqualTo(("Unpaid, by Bob", 3)));
    }

    [Test]
    public async Task Two_saves_at_the_same_moment_over_one_version_let_exactly_one_through()
    {
        var created = await Rules.SaveAsync(Input("Unpaid"));
        var apps = Enumerable.Range(0, 6).Select(_ => _s.AnotherInstance().StoreApp.Get<IFollowUpRuleService>()).ToList();

        var results = await Task.WhenAll(apps.Select((rules, i) => Task.Run(() => rules.SaveAsync(Input($"Editor {i}", id: created.RuleId, version: 1)))));

        Assert.That(results.Count(r => r.Succeeded), Is.EqualTo(1));
        Assert.That(results.Where(r => !r.Succeeded).Select(r => r.ResourceKey), Is.All.EqualTo(Keys.ChangedMeanwhile));
        var winner = Array.FindIndex(results, r => r.Succeeded);
        Assert.That((Rows.Table.Single().Name, Rows.Table.Single().Version), Is.EqualTo(($"Editor {winner}", 2)));
    }

    [Test]
    public async Task Activating_stamps_the_time_deactivating_keeps_it_a_rule_on_a_deleted_reply_cannot_be_activated_and_delete_is_soft()
    {
        var created = await Rules.SaveAsync(Input("Unpaid"));
        _s.Clock.Advance(TimeSpan.FromHours(1));
        var activatedAt = _s.Clock.GetUtcNow().UtcDateTime;

        Assert.That((await Rules.SetActiveAsync(created.RuleId, true)).Succeeded, Is.True);
        var active = Rows.Table.Single();
        Assert.That((active.Active, active.ActivatedOnUtc, active.Version), Is.EqualTo((true, (DateTime?)activatedAt, 2)));

        Assert.That((await Rules.SetActiveAsync(created.RuleId, false)).Succeeded, Is.True);
        Assert.That((Rows.Table.Single().Active, Rows.Table.Single().ActivatedOnUtc), Is.EqualTo((false, (DateTime?)activatedAt)));

        await _s.App.Library.DeleteAsync(_reply.Id);
        var refused = await Rules.SetActiveAsync(created.RuleId, true);
        Assert.That(refused.ResourceKey, Is.EqualTo(Keys.ReplyDeleted));
        Assert.That(Rows.Table.Single().Active, Is.False);

        Assert.That((await Rules.DeleteAsync(created.RuleId)).Succeeded, Is.True);
        Assert.That(Rows.Table.Single().Deleted, Is.True, "kept for the log");
        Assert.That(await Rules.ListAsync(), Is.Empty);
        Assert.That(await Rules.GetAsync(created.RuleId), Is.Null);
        Assert.That((await Rules.DeleteAsync(created.RuleId)).NotFound, Is.True);
        Assert.That((await Rules.SaveAsync(Input("Back", id: created.RuleId, version: 99))).NotFound, Is.True);
    }

    [Test]
    public async Task The_list_is_by_store_without_deleted_rules()
    {
        var other = await _s.StoreAsync(store => store.Name = "Second");
        var all = await Rules.SaveAsync(Input("All stores"));
        var mine = await Rules.SaveAsync(Input("Mine", storeId: _s.Store.Id));
        await Rules.SaveAsync(Input("Theirs", storeId: other.Id));
        var gone = await Rules.SaveAsync(Input("Gone"));
        await Rules.DeleteAsync(gone.RuleId);

        Assert.That((await Rules.ListAsync()).Select(r => r.Name), Is.EquivalentTo(new[] { "All stores", "Mine", "Theirs" }));
        Assert.That((await Rules.ListAsync(_s.Store.Id)).Select(r => r.Id), Is.EquivalentTo(new[] { all.RuleId, mine.RuleId }));
        Assert.That((await Rules.ListAsync(0)).Select(r => r.Id), Is.EqualTo(new[] { all.RuleId }));
    }

    [Test]
    public async Task A_vendor_sees_no_rule_and_changes_nothing()
    {
        var created = await Rules.SaveAsync(Input("Unpaid"));
        _s.App.As(_s.Staff, vendorId: 7);

        Assert.That(await Rules.ListAsync(), Is.Empty);
        Assert.That(await Rules.GetAsync(created.RuleId), Is.Null);
        Assert.That((await Rules.SaveAsync(Input("Vendor's"))).AccessDenied, Is.True);
        Assert.That((await Rules.SaveAsync(Input("Vendor's", id: created.RuleId, version: 1))).AccessDenied, Is.True);
        Assert.That((await Rules.SetActiveAsync(created.RuleId, true)).AccessDenied, Is.True);
        Assert.That((await Rules.DeleteAsync(created.RuleId)).AccessDenied, Is.True);

        var stored = Rows.Table.Single();
        Assert.That((stored.Name, stored.Active, stored.Deleted, stored.Version), Is.EqualTo(("Unpaid", false, false, 1)));
    }
}
