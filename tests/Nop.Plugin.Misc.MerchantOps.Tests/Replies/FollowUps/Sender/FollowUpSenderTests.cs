using NUnit.Framework;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Messages;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.MerchantOps.Replies.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services;
using Nop.Plugin.Misc.MerchantOps.Replies.Services;
using Nop.Plugin.Misc.MerchantOps.Replies.Services.Contracts;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;
using Skip = Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain.FollowUpResourceKeys.Skip;
using Nop.Services.Configuration;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Replies.FollowUps.Sender;

/// <summary>One task runner at a time: claims, skips, failures injected between the steps and the re-run after them.</summary>
[TestFixture(DatabaseEngine.Sqlite)]
public class FollowUpSenderTests : DatabaseTestBase
{
    private const string Subject = "About your order %Order.OrderNumber%";
    private const string Body = "<p>Hello %Order.CustomerFullName%,</p><p>thank you for your order.</p>";

    private SenderScenario _s;

    public FollowUpSenderTests(DatabaseEngine engine) : base(engine)
    {
    }

    private async Task<(FollowUpRule Rule, Order Order, Nop.Core.Domain.Customers.Customer Customer)> UnpaidOrderAsync(bool withEmailAccount = true, string email = "ann@example.com")
    {
        _s = await SenderScenario.CreateAsync(Database, withEmailAccount);
        var reply = await _s.Shop.ReplyAsync("Unpaid", "/unpaid", Subject, Body, _s.Shop.English.Id);
        var rule = await _s.RuleAsync(FollowUpTrigger.UnpaidOrder, reply, "Unpaid <b>orders</b>");
        var (customer, address) = await _s.CustomerAsync(email);
        var order = await _s.Shop.OrderAsync(customer, address);
        _s.OrderTarget(rule, order, customer, version: 1);
        return (rule, order, customer);
    }

    [Test]
    public async Task A_due_target_gets_one_email_through_the_replies_send_path_marked_with_the_rule_and_a_rerun_sends_nothing()
    {
        var (rule, order, customer) = await UnpaidOrderAsync();

        var first = await _s.App().Get<IFollowUpSender>().RunDueAsync();
        var second = await _s.App().Get<IFollowUpSender>().RunDueAsync();

        var email = (await _s.EmailsAsync()).Single();
        var claim = (await _s.ClaimsAsync()).Single();
        var send = (await _s.ReplySendsAsync()).Single();
        Assert.That((first.Queued, second.Queued, second.HeldByAnotherRun), Is.EqualTo((1, 0, 0)));
        Assert.That((claim.Status, claim.QueuedEmailId, claim.ReplySendId, claim.ClaimToken, claim.SentOnUtc),
            Is.EqualTo((FollowUpSendStatus.Queued, (int?)email.Id, (int?)send.Id, (Guid?)null, (DateTime?)_s.Clock.UtcNow)));
        Assert.That((send.FollowUpRuleId, send.SendKey, send.SentByCustomerId, send.OrderId, send.CustomerId, send.OrderNoteId, send.Error, send.LockedUntilUtc),
            Is.EqualTo(((int?)rule.Id, claim.SendKey, 0, order.Id, customer.Id, (int?)null, (string)null, (DateTime?)null)));
        Assert.That((email.EmailAccountId, email.From, email.To), Is.EqualTo((_s.Shop.EmailAccount.Id, _s.Shop.EmailAccount.Email, "ann@example.com")));
        Assert.That(email.Subject, Is.EqualTo($"About your order {order.CustomOrderNumber}"));
        Assert.That(email.Body, Does.StartWith("<p>Hello Ann Smith,</p>"));
        Assert.That(email.Body, Does.Contain($"<!--merchantops-reply:{claim.SendKey:N}-->"));
        Assert.That(email.Body, Does.Contain($"?to=order-{order.Id}&amp;s=1"), "the order link, carrying the claim's click token");
        Assert.That(email.Body, Does.Contain(claim.ClickToken.ToString("N")));
        Assert.That(await _s.Shop.NotesAsync(order.Id), Is.Empty, "an automatic send writes no order note");
    }

    [Test]
    public async Task The_send_log_shows_the_rule_and_filters_automatic_sends()
    {
        var (rule, order, customer) = await UnpaidOrderAsync();
        await _s.App().Get<IFollowUpSender>().RunDueAsync();
        var manual = await _s.Shop.App.Sender.SendAsync(new ReplySendRequest
        {
            SendKey = Guid.NewGuid(), ReplyId = rule.ReplyId, OrderId = order.Id, CustomerId = customer.Id, Subject = "Hi", Body = "<p>Hi</p>", SendEmail = true
        });

        var all = await _s.Shop.App.Log.SearchSendsAsync(new ReplySendLogSearch());
        var automatic = await _s.Shop.App.Log.SearchSendsAsync(new ReplySendLogSearch { AutomaticOnly = true });

        Assert.That(manual.Succeeded, Is.True);
        Assert.That(all, Has.Count.EqualTo(2));
        var row = automatic.Single();
        Assert.That((row.FollowUpRuleId, row.FollowUpRuleName, row.SentByCustomerId), Is.EqualTo(((int?)rule.Id, "Unpaid <b>orders</b>", 0)));
        Assert.That(all.Single(r => r.SendId == manual.SendId).FollowUpRuleId, Is.Null);
        Assert.That(RepliesApp.Resource("en", FollowUpResourceKeys.Log.Automatic), Is.EqualTo("Automatic: {0}"));
    }

    [Test]
    public async Task A_failure_before_the_email_gives_the_claim_back_and_the_next_run_sends_it_once()
    {
        await UnpaidOrderAsync();
        var faults = new InjectedFaults();
        faults.FailOnce(FaultPoint.BeforeQueuedEmailInsert);

        var failed = await _s.App(faults).Get<IFollowUpSender>().RunDueAsync();
        var claimAfterFailure = (await _s.ClaimsAsync()).Single();
        var emailsAfterFailure = (await _s.EmailsAsync()).Count;
        var retried = await _s.App().Get<IFollowUpSender>().RunDueAsync();

        Assert.That((failed.Failed, failed.Queued, retried.Queued), Is.EqualTo((1, 0, 1)));
        Assert.That((claimAfterFailure.Status, claimAfterFailure.ClaimToken, emailsAfterFailure), Is.EqualTo((FollowUpSendStatus.Claimed, (Guid?)null, 0)));
        Assert.That(await _s.EmailsAsync(), Has.Count.EqualTo(1));
        Assert.That((await _s.ClaimsAsync()).Single().Status, Is.EqualTo(FollowUpSendStatus.Queued));
    }

    [Test]
    public async Task A_failure_after_the_email_was_queued_but_before_its_id_was_stored_finds_the_email_by_its_marker()
    {
        await UnpaidOrderAsync();
        var faults = new InjectedFaults();
        faults.FailOnce(FaultPoint.AfterQueuedEmailInsert);

        var failed = await _s.App(faults).Get<IFollowUpSender>().RunDueAsync();
        var afterFailure = (await _s.ReplySendsAsync()).Single();
        var retried = await _s.App().Get<IFollowUpSender>().RunDueAsync();

        var email = (await _s.EmailsAsync()).Single();
        var claim = (await _s.ClaimsAsync()).Single();
        Assert.That((failed.Failed, retried.Queued), Is.EqualTo((1, 1)));
        Assert.That(afterFailure.QueuedEmailId, Is.Null, "the id was lost with the failure");
        Assert.That(((await _s.ReplySendsAsync()).Single().QueuedEmailId, claim.QueuedEmailId), Is.EqualTo(((int?)email.Id, (int?)email.Id)));
    }

    [Test]
    public async Task A_failure_after_the_send_row_was_complete_but_before_the_claim_was_marked_does_not_send_again()
    {
        await UnpaidOrderAsync();
        _s.Failures.FailAfterSendOnce();

        var failed = await _s.App(failAfterSend: true).Get<IFollowUpSender>().RunDueAsync();
        var claimAfterFailure = (await _s.ClaimsAsync()).Single();
        var retried = await _s.App().Get<IFollowUpSender>().RunDueAsync();

        var email = (await _s.EmailsAsync()).Single();
        Assert.That((failed.Failed, retried.Queued), Is.EqualTo((1, 1)));
        Assert.That((claimAfterFailure.Status, claimAfterFailure.ClaimToken), Is.EqualTo((FollowUpSendStatus.Claimed, (Guid?)null)));
        Assert.That((await _s.ClaimsAsync()).Single().QueuedEmailId, Is.EqualTo(email.Id));
        Assert.That(await _s.ReplySendsAsync(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_run_that_dies_keeps_its_claim_until_the_lease_lapses_then_the_next_run_resumes_it_without_a_second_email()
    {
        await UnpaidOrderAsync();
        _s.Failures.FailAfterSendOnce(crash: true);

        Assert.ThrowsAsync<OperationCanceledException>(() => _s.App(failAfterSend: true).Get<IFollowUpSender>().RunDueAsync());
        var held = await _s.App().Get<IFollowUpSender>().RunDueAsync();
        _s.Clock.UtcNow += FollowUpSender.ClaimLease + TimeSpan.FromMinutes(1);
        var resumed = await _s.App().Get<IFollowUpSender>().RunDueAsync();

        Assert.That((held.Queued, resumed.Queued), Is.EqualTo((0, 1)));
        Assert.That(await _s.EmailsAsync(), Has.Count.EqualTo(1));
        Assert.That((await _s.ClaimsAsync()).Single().Status, Is.EqualTo(FollowUpSendStatus.Queued));
    }

    [Test]
    public async Task A_claim_resumed_after_its_email_went_out_is_marked_queued_even_if_the_customer_unsubscribed_meanwhile()
    {
        var (_, _, customer) = await UnpaidOrderAsync();
        _s.Failures.FailAfterSendOnce(crash: true);
        Assert.ThrowsAsync<OperationCanceledException>(() => _s.App(failAfterSend: true).Get<IFollowUpSender>().RunDueAsync());
        await Database.Repository<FollowUpOptOut>().InsertAsync(new FollowUpOptOut { CustomerId = customer.Id, CreatedOnUtc = _s.Clock.UtcNow });
        _s.Clock.UtcNow += FollowUpSender.ClaimLease + TimeSpan.FromMinutes(1);

        var resumed = await _s.App().Get<IFollowUpSender>().RunDueAsync();

        var claim = (await _s.ClaimsAsync()).Single();
        Assert.That((resumed.Queued, claim.Status, claim.QueuedEmailId), Is.EqualTo((1, FollowUpSendStatus.Queued, (int?)(await _s.EmailsAsync()).Single().Id)));
    }

    [Test]
    public async Task A_reply_deleted_from_the_library_is_a_visible_logged_skip()
    {
        var (rule, _, _) = await UnpaidOrderAsync();
        await _s.Shop.App.Library.DeleteAsync(rule.ReplyId);

        var app = _s.App();
        var summary = await app.Get<IFollowUpSender>().RunDueAsync();

        var claim = (await _s.ClaimsAsync()).Single();
        Assert.That((summary.Skipped, claim.Status, claim.SkipReason, claim.ClaimToken), Is.EqualTo((1, FollowUpSendStatus.Skipped, Skip.ReplyDeleted, (Guid?)null)));
        Assert.That(await _s.EmailsAsync(), Is.Empty);
        Assert.That(app.Logger.Entries.Any(entry => entry.ShortMessage.Contains(Skip.ReplyDeleted)), Is.True);
        Assert.That(RepliesApp.Resource("fr", Skip.ReplyDeleted), Is.Not.Empty);
    }

    [Test]
    public async Task A_customer_without_any_email_address_is_skipped()
    {
        _s = await SenderScenario.CreateAsync(Database);
        var reply = await _s.Shop.ReplyAsync("Unpaid", "/unpaid", Subject, Body, _s.Shop.English.Id);
        var rule = await _s.RuleAsync(FollowUpTrigger.UnpaidOrder, reply);
        var customer = await _s.Shop.CustomerAsync(null, c => (c.FirstName, c.LastName, c.Email) = ("No", "Mail", null));
        var address = await _s.Shop.AddressAsync(a => (a.FirstName, a.Email, a.CountryId) = ("No", null, _s.Shop.France.Id));
        var order = await _s.Shop.OrderAsync(customer, address);
        _s.OrderTarget(rule, order, customer, version: 1);

        var summary = await _s.App().Get<IFollowUpSender>().RunDueAsync();

        Assert.That((summary.Skipped, (await _s.ClaimsAsync()).Single().SkipReason), Is.EqualTo((1, Skip.NoEmail)));
        Assert.That(await _s.EmailsAsync(), Is.Empty);
    }

    [Test]
    public async Task A_customer_who_unsubscribed_after_being_found_is_skipped()
    {
        var (_, _, customer) = await UnpaidOrderAsync();
        await Database.Repository<FollowUpOptOut>().InsertAsync(new FollowUpOptOut { CustomerId = customer.Id, CreatedOnUtc = _s.Clock.UtcNow });

        var summary = await _s.App().Get<IFollowUpSender>().RunDueAsync();

        Assert.That((summary.Skipped, (await _s.ClaimsAsync()).Single().SkipReason), Is.EqualTo((1, Skip.OptedOut)));
        Assert.That(await _s.EmailsAsync(), Is.Empty);
    }

    [Test]
    public async Task Without_an_email_account_the_claim_is_retried_then_given_up_visibly_after_the_late_window()
    {
        await UnpaidOrderAsync(withEmailAccount: false);

        var first = await _s.App().Get<IFollowUpSender>().RunDueAsync();
        var claim = (await _s.ClaimsAsync()).Single();
        _s.Clock.UtcNow = _s.Clock.UtcNow.AddHours(FollowUpLimits.LateWindowHours + 1);
        var late = await _s.App().Get<IFollowUpSender>().RunDueAsync();

        Assert.That((first.Failed, claim.Status, claim.ClaimToken), Is.EqualTo((1, FollowUpSendStatus.Claimed, (Guid?)null)));
        Assert.That((late.Skipped, (await _s.ClaimsAsync()).Single().SkipReason), Is.EqualTo((1, Skip.NoEmailAccount)));
        Assert.That(await _s.EmailsAsync(), Is.Empty);
    }

    /// <summary>Two unpaid-order rules due for the same order of one customer, with a cap of one follow-up per customer.</summary>
    private async Task<(FollowUpRule Unpaid, FollowUpRule Other)> TwoRulesForOneCustomerCappedAtOneAsync()
    {
        _s = await SenderScenario.CreateAsync(Database);
        _s.MaxPerCustomer = 1;
        var reply = await _s.Shop.ReplyAsync("Unpaid", "/unpaid", Subject, Body, _s.Shop.English.Id);
        var unpaid = await _s.RuleAsync(FollowUpTrigger.UnpaidOrder, reply, "unpaid");
        var other = await _s.RuleAsync(FollowUpTrigger.UnpaidOrder, reply, "other");
        var (customer, address) = await _s.CustomerAsync("ann@example.com");
        var order = await _s.Shop.OrderAsync(customer, address);
        _s.OrderTarget(unpaid, order, customer, version: 1);
        _s.OrderTarget(other, order, customer, version: 1);
        return (unpaid, other);
    }

    [Test]
    public async Task The_cap_across_rules_withdraws_a_fresh_claim_so_a_later_run_sends_it()
    {
        var (unpaid, _) = await TwoRulesForOneCustomerCappedAtOneAsync();

        var first = await _s.App().Get<IFollowUpSender>().RunDueAsync();
        var claims = await _s.ClaimsAsync();
        _s.Clock.UtcNow = _s.Clock.UtcNow.AddDays(8);
        var later = await _s.App().Get<IFollowUpSender>().RunDueAsync();

        Assert.That((first.Queued, first.Deferred), Is.EqualTo((1, 1)));
        Assert.That(claims.Select(c => c.RuleId), Is.EqualTo(new[] { unpaid.Id }), "the withdrawn claim left no row");
        Assert.That(later.Queued, Is.EqualTo(1));
        Assert.That(await _s.EmailsAsync(), Has.Count.EqualTo(2));
    }

    [Test]
    public async Task The_cap_is_the_target_store_s_own_when_the_store_overrides_it()
    {
        await TwoRulesForOneCustomerCappedAtOneAsync();
        var app = _s.App();
        // the shared value says 1; the order's store says 2
        await app.Get<ISettingService>().SetSettingAsync("merchantopssettings.followupmaxpercustomer", 2, _s.Shop.Store.Id);

        var run = await app.Get<IFollowUpSender>().RunDueAsync();

        Assert.That((run.Queued, run.Deferred), Is.EqualTo((2, 0)));
        Assert.That(await _s.EmailsAsync(), Has.Count.EqualTo(2));
    }

    [Test]
    public async Task The_task_logs_a_failing_rule_and_the_other_rules_go_on()
    {
        var (rule, _, _) = await UnpaidOrderAsync();
        var broken = await _s.RuleAsync(FollowUpTrigger.UnpaidOrder, await _s.Shop.ReplyAsync("B", "/b", "b", "<p>b</p>", _s.Shop.English.Id), "broken");
        _s.Targets.FailingRuleIds.Add(broken.Id);
        var app = _s.App();

        Assert.ThrowsAsync<InvalidOperationException>(() => app.Get<FollowUpTask>().ExecuteAsync());

        Assert.That((await _s.ClaimsAsync()).Single().RuleId, Is.EqualTo(rule.Id));
        Assert.That(await _s.EmailsAsync(), Has.Count.EqualTo(1));
        Assert.That(app.Logger.Entries.Any(entry => entry.ShortMessage.Contains($"rule {broken.Id}")), Is.True);
    }

    [Test]
    public async Task The_task_is_installed_once_every_ten_minutes()
    {
        var tasks = new RepositoryScheduleTaskService(Database.Repository<Nop.Core.Domain.ScheduleTasks.ScheduleTask>());

        await FollowUpTaskInstaller.EnsureInstalledAsync(tasks, DateTime.UtcNow);
        await FollowUpTaskInstaller.EnsureInstalledAsync(tasks, DateTime.UtcNow);

        var task = (await Database.Repository<Nop.Core.Domain.ScheduleTasks.ScheduleTask>().Table.ToListAsync()).Single();
        Assert.That((task.Type, task.Seconds, task.Enabled, task.StopOnError), Is.EqualTo((typeof(FollowUpTask).FullName, 600, true, false)));
    }

    [Test]
    public async Task A_test_send_goes_to_the_asker_with_a_test_subject_and_leaves_no_claim_and_no_log_row()
    {
        var (rule, order, customer) = await UnpaidOrderAsync();
        var sample = _s.Targets.Of(rule.Id).Single();

        var message = await _s.App().Get<IFollowUpSender>().SendTestAsync(rule, sample, "owner@shop.test");

        var email = (await _s.EmailsAsync()).Single();
        Assert.That((message.SkipReason, email.To, email.Subject), Is.EqualTo(((string)null, "owner@shop.test", $"[Test] About your order {order.CustomOrderNumber}")));
        Assert.That(email.EmailAccountId, Is.EqualTo(_s.Shop.EmailAccount.Id));
        Assert.That(await _s.ClaimsAsync(), Is.Empty);
        Assert.That(await _s.ReplySendsAsync(), Is.Empty);
    }

    [Test]
    public async Task The_automatic_path_is_once_only_by_its_key_and_refuses_a_key_used_for_another_target()
    {
        var (rule, order, customer) = await UnpaidOrderAsync();
        var sender = _s.App().Get<IReplySendService>();
        var send = new ReplyAutomaticSend
        {
            SendKey = Guid.NewGuid(), FollowUpRuleId = rule.Id, ReplyId = rule.ReplyId, OrderId = order.Id, CustomerId = customer.Id,
            ToEmail = "ann@example.com", ToName = "Ann", Subject = "s", Body = "<p>b</p>"
        };

        var first = await sender.SendAutomaticAsync(send);
        var again = await sender.SendAutomaticAsync(send);
        var reused = await sender.SendAutomaticAsync(new ReplyAutomaticSend
        {
            SendKey = send.SendKey, FollowUpRuleId = rule.Id, ReplyId = rule.ReplyId, OrderId = order.Id, CustomerId = customer.Id + 1,
            ToEmail = "x@example.com", Subject = "s", Body = "<p>b</p>"
        });

        Assert.That((first.Succeeded, first.AlreadySent, again.AlreadySent, again.QueuedEmailId), Is.EqualTo((true, false, true, first.QueuedEmailId)));
        Assert.That((reused.Succeeded, reused.ResourceKey), Is.EqualTo((false, ReplyResourceKeys.Send.KeyReused)));
        var email = (await _s.EmailsAsync()).Single();
        Assert.That(email.Body, Is.EqualTo($"<p>b</p><!--merchantops-reply:{send.SendKey:N}-->"));
    }
}
