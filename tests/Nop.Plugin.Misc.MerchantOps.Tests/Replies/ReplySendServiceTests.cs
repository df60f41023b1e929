using Keys = Nop.Plugin.Misc.MerchantOps.Replies.Domain.ReplyResourceKeys.Send;
using NUnit.Framework;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Messages;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.MerchantOps.Replies.Data;
using Nop.Plugin.Misc.MerchantOps.Replies.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.Services;
using Nop.Plugin.Misc.MerchantOps.Replies.Services.Contracts;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Replies;

[TestFixture(DatabaseEngine.Sqlite)]
[TestFixture(DatabaseEngine.PostgreSql)]
[TestFixture(DatabaseEngine.MySql)]
public class ReplySendServiceTests : DatabaseTestBase
{
    private const string Subject = "Your order %Order.OrderNumber%";
    private const string Body = "<p>Hello %Order.CustomerFullName%,</p><p>your order %Order.OrderNumber% is late.</p>";

    private RepliesScenario _s;
    private Customer _customer;
    private Address _address;
    private Order _order;
    private CannedReply _reply;

    public ReplySendServiceTests(DatabaseEngine engine) : base(engine)
    {
    }

    private async Task ArrangeAsync(bool withEmailAccount = true, string firstName = "Ann")
    {
        _s = await RepliesScenario.CreateAsync(Database, withEmailAccount);
        (_customer, _address) = await _s.CustomerAsync("ann@example.com", firstName, "Smith", _s.English);
        _order = await _s.OrderAsync(_customer, _address);
        _reply = await _s.ReplyAsync("Late delivery", "/late", Subject, Body, _s.English.Id);
    }

    private ReplySendRequest Request(Guid? key = null, bool email = true, bool note = false, bool visible = false, int? orderId = null) => new()
    {
        SendKey = key ?? Guid.NewGuid(),
        ReplyId = _reply.Id,
        OrderId = orderId ?? _order.Id,
        CustomerId = _customer.Id,
        Subject = Subject,
        Body = Body,
        SendEmail = email,
        AddOrderNote = note,
        NoteVisibleToCustomer = visible
    };

    private Task<List<QueuedEmail>> EmailsAsync() => Database.Repository<QueuedEmail>().Table.ToListAsync();

    private Task<List<OrderNote>> NotesAsync() => Database.Repository<OrderNote>().Table.Where(n => n.OrderId == _order.Id).ToListAsync();

    private Task<List<CannedReplySend>> SendsAsync() => Database.Repository<CannedReplySend>().Table.ToListAsync();

    [Test]
    public async Task From_an_order_an_email_is_queued_with_the_store_account_and_the_reply_is_added_as_a_visible_note()
    {
        await ArrangeAsync();

        var result = await _s.App.Sender.SendAsync(Request(email: true, note: true, visible: true));

        var email = (await EmailsAsync()).Single();
        var note = (await NotesAsync()).Single();
        var send = (await SendsAsync()).Single();
        Assert.That((result.Succeeded, result.ResourceKey, result.QueuedEmailId, result.OrderNoteId), Is.EqualTo((true, Keys.EmailedAndNoteAdded, (int?)email.Id, (int?)note.Id)));
        Assert.That((email.To, email.ToName, email.From, email.FromName, email.EmailAccountId), Is.EqualTo(("ann@example.com", "Ann Smith", "shop@shop.test", "Tea & Mugs", _s.EmailAccount.Id)));
        Assert.That(email.Subject, Is.EqualTo($"Your order {_order.CustomOrderNumber}"));
        Assert.That(email.Body, Does.StartWith($"<p>Hello Ann Smith,</p><p>your order {_order.CustomOrderNumber} is late.</p>"));
        Assert.That((email.SentOnUtc, email.Priority), Is.EqualTo(((DateTime?)null, QueuedEmailPriority.High)));
        Assert.That(note.Note, Is.EqualTo($"Your order {_order.CustomOrderNumber}\n\nHello Ann Smith,\nyour order {_order.CustomOrderNumber} is late."));
        Assert.That(note.DisplayToCustomer, Is.True);
        Assert.That((send.QueuedEmailId, send.OrderNoteId, send.SentByCustomerId, send.CustomerId, send.ToEmail, send.Error, send.LockedUntilUtc),
            Is.EqualTo(((int?)email.Id, (int?)note.Id, _s.Staff.Id, _customer.Id, "ann@example.com", (string)null, (DateTime?)null)));
    }

    [Test]
    public async Task An_email_only_send_from_an_order_still_leaves_a_staff_only_note()
    {
        await ArrangeAsync();

        var result = await _s.App.Sender.SendAsync(Request(email: true, note: false));

        var note = (await NotesAsync()).Single();
        Assert.That(result.ResourceKey, Is.EqualTo(Keys.Emailed));
        Assert.That(note.Note, Is.EqualTo("Reply «Late delivery» emailed by Sam Support to ann@example.com."));
        Assert.That(note.DisplayToCustomer, Is.False);
        Assert.That(await EmailsAsync(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task From_a_customer_page_it_is_an_email_only()
    {
        await ArrangeAsync();
        var request = Request(orderId: 0);
        request.Subject = "Hello %Customer.FullName%";
        request.Body = "<p>Dear %Customer.FullName%</p>";

        var result = await _s.App.Sender.SendAsync(request);
        var noteRefused = await _s.App.Sender.SendAsync(Request(orderId: 0, email: false, note: true));

        Assert.That((result.Succeeded, result.OrderNoteId), Is.EqualTo((true, (int?)null)));
        Assert.That((await EmailsAsync()).Single().Body, Does.StartWith("<p>Dear Ann Smith</p>"));
        Assert.That((noteRefused.Succeeded, noteRefused.ResourceKey), Is.EqualTo((false, Keys.NoteNeedsOrder)));
        Assert.That(await Database.Repository<OrderNote>().Table.CountAsync(n => n.Id > 0), Is.Zero);
    }

    [Test]
    public async Task The_template_is_rendered_again_on_the_server_so_customer_data_is_encoded_in_the_email_and_plain_in_the_note()
    {
        await ArrangeAsync(firstName: "<svg/onload=alert(1)>");

        await _s.App.Sender.SendAsync(Request(email: true, note: true));

        var email = (await EmailsAsync()).Single();
        var note = (await NotesAsync()).Single();
        Assert.That(email.Body, Does.Contain("&lt;svg/onload=alert(1)&gt; Smith").And.Not.Contain("<svg"));
        // nopCommerce encodes notes when it shows them (OrderService.FormatOrderNoteText): stored as text, once.
        Assert.That(note.Note, Does.Contain("Hello <svg/onload=alert(1)> Smith,").And.Not.Contain("&lt;").And.Not.Contain("<p>"));
    }

    [Test]
    public async Task Sending_twice_with_the_same_key_sends_once()
    {
        await ArrangeAsync();
        var key = Guid.NewGuid();

        var first = await _s.App.Sender.SendAsync(Request(key, email: true, note: true));
        var second = await _s.App.Sender.SendAsync(Request(key, email: true, note: true));

        Assert.That((first.Succeeded, first.AlreadySent), Is.EqualTo((true, false)));
        Assert.That((second.Succeeded, second.AlreadySent, second.ResourceKey, second.SendId), Is.EqualTo((true, true, Keys.AlreadySent, first.SendId)));
        Assert.That(await EmailsAsync(), Has.Count.EqualTo(1));
        Assert.That(await NotesAsync(), Has.Count.EqualTo(1));
    }

    /// <summary>
    /// Eight instances, each on its own thread, released together (<see cref="Race"/>), send with the same key. The
    /// race-only path: the key was unknown when an instance looked, then the unique SendKey index refused its insert
    /// (it answers "already sent", as an instance coming after the send finished does). The test fails if that
    /// never happened.
    /// </summary>
    [Test]
    public async Task Parallel_sends_with_the_same_key_from_several_instances_queue_one_email_and_one_note()
    {
        const string lostInsert = "insert refused by the unique SendKey index";
        var races = new RaceCounter(lostInsert);
        await ArrangeAsync();
        var instances = Enumerable.Range(0, 8).Select(_ => _s.AnotherInstance()).ToList();
        using var refusals = new DatabaseRefusals(Database);

        await Race.RoundsAsync(5, 100, races, async index =>
        {
            var round = index + 1;
            var key = Guid.NewGuid();
            var rejectedBefore = refusals.RejectedInserts(ReplyTables.Send);

            var results = await Race.RunAsync(instances.Select(instance => (Func<Task<ReplySendResult>>)(() => instance.Sender.SendAsync(Request(key, email: true, note: true)))).ToList());

            Assert.That(results.All(r => r.Succeeded), Is.True, $"round {round}");
            Assert.That(results.Count(r => !r.AlreadySent), Is.EqualTo(1), $"round {round}");
            Assert.That(await EmailsAsync(), Has.Count.EqualTo(round));
            Assert.That(await NotesAsync(), Has.Count.EqualTo(round));
            Assert.That(await SendsAsync(), Has.Count.EqualTo(round));
            races.Add(lostInsert, refusals.RejectedInserts(ReplyTables.Send) - rejectedBefore);
        });
    }

    /// <summary>
    /// A send failed before its email was queued; eight instances retry it at once, each on its own thread. The
    /// race-only path: an instance found the send unfinished, then could not take its lock because another instance
    /// took it meanwhile (the conditional update changed no row). The test fails if that never happened.
    /// </summary>
    [Test]
    public async Task Parallel_retries_of_a_failed_send_from_several_instances_queue_one_email_and_one_note()
    {
        const string lockHeld = "lock taken by another instance (conditional update changed no row)";
        var races = new RaceCounter(lockHeld);
        await ArrangeAsync();
        var instances = Enumerable.Range(0, 8).Select(_ => _s.AnotherInstance()).ToList();
        using var refusals = new DatabaseRefusals(Database);

        await Race.RoundsAsync(5, 100, races, async index =>
        {
            var round = index + 1;
            var key = Guid.NewGuid();
            _s.App.Faults.FailOnce(FaultPoint.BeforeQueuedEmailInsert);
            Assert.That((await _s.App.Sender.SendAsync(Request(key, email: true, note: true))).ResourceKey, Is.EqualTo(Keys.Failed), $"round {round}");
            var emptyBefore = refusals.EmptyUpdates(ReplyTables.Send);

            var results = await Race.RunAsync(instances.Select(instance => (Func<Task<ReplySendResult>>)(() => instance.Sender.SendAsync(Request(key, email: true, note: true)))).ToList());

            Assert.That(results.All(r => r.Succeeded), Is.True, $"round {round}");
            Assert.That(results.Count(r => !r.AlreadySent), Is.EqualTo(1), $"round {round}");
            Assert.That(await EmailsAsync(), Has.Count.EqualTo(round));
            Assert.That(await NotesAsync(), Has.Count.EqualTo(round));
            Assert.That((await SendsAsync()).Single(send => send.SendKey == key).Error, Is.Null, $"round {round}");
            races.Add(lockHeld, refusals.EmptyUpdates(ReplyTables.Send) - emptyBefore);
        });
    }

    [TestCase(FaultPoint.BeforeQueuedEmailInsert)]
    [TestCase(FaultPoint.AfterQueuedEmailInsert)]
    [TestCase(FaultPoint.BeforeNoteInsert)]
    [TestCase(FaultPoint.AfterNoteInsert)]
    public async Task A_failure_between_steps_then_a_retry_completes_without_duplicates(FaultPoint point)
    {
        await ArrangeAsync();
        var key = Guid.NewGuid();
        _s.App.Faults.FailOnce(point);

        var failed = await _s.App.Sender.SendAsync(Request(key, email: true, note: true));
        var failedRow = (await SendsAsync()).Single();
        var retried = await _s.App.Sender.SendAsync(Request(key, email: true, note: true));
        var again = await _s.App.Sender.SendAsync(Request(key, email: true, note: true));

        Assert.That((failed.Succeeded, failed.ResourceKey), Is.EqualTo((false, Keys.Failed)));
        Assert.That((failedRow.Error, failedRow.LockedUntilUtc), Is.EqualTo((Keys.Failed, (DateTime?)null)));
        Assert.That((retried.Succeeded, retried.AlreadySent), Is.EqualTo((true, false)));
        Assert.That((again.Succeeded, again.AlreadySent), Is.EqualTo((true, true)));
        var email = (await EmailsAsync()).Single();
        var note = (await NotesAsync()).Single();
        var send = (await SendsAsync()).Single();
        Assert.That((send.QueuedEmailId, send.OrderNoteId, send.Error), Is.EqualTo(((int?)email.Id, (int?)note.Id, (string)null)));
    }

    [Test]
    public async Task A_retry_finds_its_own_lost_note_not_the_identical_note_of_an_earlier_send()
    {
        await ArrangeAsync();
        var earlier = await _s.App.Sender.SendAsync(Request(email: false, note: true));
        var key = Guid.NewGuid();
        _s.App.Faults.FailOnce(FaultPoint.AfterNoteInsert);

        await _s.App.Sender.SendAsync(Request(key, email: false, note: true));
        var retried = await _s.App.Sender.SendAsync(Request(key, email: false, note: true));

        var notes = await NotesAsync();
        Assert.That(notes, Has.Count.EqualTo(2));
        Assert.That(notes.Select(n => n.Note).Distinct().Count(), Is.EqualTo(1), "the same text twice");
        Assert.That(retried.OrderNoteId, Is.Not.EqualTo(earlier.OrderNoteId).And.AnyOf(notes.Select(n => (int?)n.Id).ToArray()));
    }

    [Test]
    public async Task A_customer_without_an_email_address_is_refused_but_a_note_only_send_works()
    {
        await ArrangeAsync();
        _customer.Email = null;
        await Database.Repository<Customer>().UpdateAsync(_customer);
        _address.Email = null;
        await Database.Repository<Address>().UpdateAsync(_address);

        var email = await _s.App.Sender.SendAsync(Request(email: true, note: true));
        var noteOnly = await _s.App.Sender.SendAsync(Request(email: false, note: true));

        Assert.That((email.Succeeded, email.ResourceKey), Is.EqualTo((false, Keys.NoEmailAddress)));
        Assert.That((noteOnly.Succeeded, noteOnly.ResourceKey), Is.EqualTo((true, Keys.NoteAdded)));
        Assert.That(await EmailsAsync(), Is.Empty);
        Assert.That(await NotesAsync(), Has.Count.EqualTo(1));
        Assert.That(await SendsAsync(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Without_an_email_account_nothing_is_sent_and_nothing_written()
    {
        await ArrangeAsync(withEmailAccount: false);

        var result = await _s.App.Sender.SendAsync(Request(email: true, note: true));

        Assert.That((result.Succeeded, result.ResourceKey), Is.EqualTo((false, Keys.NoEmailAccount)));
        Assert.That(await EmailsAsync(), Is.Empty);
        Assert.That(await NotesAsync(), Is.Empty);
        Assert.That(await SendsAsync(), Is.Empty);
    }

    [Test]
    public async Task The_first_account_is_used_when_no_default_is_set()
    {
        await ArrangeAsync();
        _s.App.EmailAccountSettings.DefaultEmailAccountId = 0;

        await _s.App.Sender.SendAsync(Request());

        Assert.That((await EmailsAsync()).Single().EmailAccountId, Is.EqualTo(_s.EmailAccount.Id));
    }

    [Test]
    public async Task Bad_requests_are_refused_with_a_clear_key()
    {
        await ArrangeAsync();
        var empty = Request();
        empty.Body = "<p> </p>";
        var noKey = Request(Guid.Empty);
        var nothing = Request(email: false, note: false);
        var wrongOrder = Request(orderId: 987654);
        var wrongReply = Request();
        wrongReply.ReplyId = 987654;

        Assert.That((await _s.App.Sender.SendAsync(empty)).ResourceKey, Is.EqualTo(Keys.EmptyBody));
        Assert.That((await _s.App.Sender.SendAsync(noKey)).ResourceKey, Is.EqualTo(Keys.MissingKey));
        Assert.That((await _s.App.Sender.SendAsync(nothing)).ResourceKey, Is.EqualTo(Keys.NothingChosen));
        Assert.That((await _s.App.Sender.SendAsync(wrongOrder)).ResourceKey, Is.EqualTo(Keys.OrderNotFound));
        Assert.That((await _s.App.Sender.SendAsync(wrongReply)).ResourceKey, Is.EqualTo(Keys.ReplyNotFound));
        Assert.That(await SendsAsync(), Is.Empty);
    }

    [Test]
    public async Task A_key_used_for_another_order_is_refused()
    {
        await ArrangeAsync();
        var otherOrder = await _s.OrderAsync(_customer, _address);
        var key = Guid.NewGuid();
        await _s.App.Sender.SendAsync(Request(key));

        var reused = await _s.App.Sender.SendAsync(Request(key, orderId: otherOrder.Id));

        Assert.That((reused.Succeeded, reused.ResourceKey), Is.EqualTo((false, Keys.KeyReused)));
        Assert.That(await EmailsAsync(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_French_customer_gets_the_email_in_French()
    {
        _s = await RepliesScenario.CreateAsync(Database);
        (_customer, _address) = await _s.CustomerAsync("camille@example.fr", "Camille", "Martin", _s.French);
        _order = await _s.OrderAsync(_customer, _address);
        _reply = await _s.ReplyAsync("Retard", "/retard", "Commande %Order.OrderNumber%", "<p>Commande du %Order.CreatedOn% : %Order.Product(s)%</p>", _s.French.Id);
        var request = Request();
        request.Subject = _reply.Subject;
        request.Body = _reply.Body;

        await _s.App.Sender.SendAsync(request);

        var send = (await SendsAsync()).Single();
        Assert.That(send.LanguageId, Is.EqualTo(_s.French.Id));
        Assert.That((await EmailsAsync()).Single().Body, Does.Contain("vendredi 14 mars 2025").And.Contain("Tasse bleue"));
    }
}
