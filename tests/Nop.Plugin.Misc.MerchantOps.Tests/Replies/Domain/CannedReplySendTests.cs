using Nop.Plugin.Misc.MerchantOps.Replies.Domain;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Replies.Domain;

/// <summary>The send row changes only through its methods, and they refuse a step that does not belong to the send.</summary>
public class CannedReplySendTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 10, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan LockTime = TimeSpan.FromMinutes(2);

    private static CannedReplySend Begin(int orderId, bool sendEmail, bool addNote, bool visible = true) =>
        CannedReplySend.Begin(Guid.NewGuid(), 7, orderId, 3, 1, 2, "Subject", sendEmail, addNote, visible, "ann@example.com", Now, LockTime);

    [Test]
    public void A_new_send_is_locked_by_its_request_and_keeps_only_what_was_asked()
    {
        var emailOnly = Begin(orderId: 0, sendEmail: true, addNote: false);
        var noteOnly = Begin(orderId: 5, sendEmail: false, addNote: true, visible: false);

        Assert.That(emailOnly.LockedUntilUtc, Is.EqualTo(Now + LockTime));
        Assert.That(emailOnly.ToEmail, Is.EqualTo("ann@example.com"));
        Assert.That(noteOnly.ToEmail, Is.Null, "no email asked: no address kept");
        Assert.That(noteOnly.NoteVisibleToCustomer, Is.False);
        Assert.That(Begin(5, false, false, visible: true).NoteVisibleToCustomer, Is.False, "visible only when added as a note");
        Assert.That(emailOnly.IsComplete, Is.False);
    }

    [Test]
    public void Each_step_is_recorded_once_and_then_the_send_is_complete()
    {
        var send = Begin(orderId: 5, sendEmail: true, addNote: false);

        send.RecordEmail(11);
        Assert.That(send.IsComplete, Is.False, "the order still needs its note");
        send.RecordNote(12);

        Assert.That((send.QueuedEmailId, send.OrderNoteId, send.IsComplete), Is.EqualTo(((int?)11, (int?)12, true)));
        Assert.Throws<InvalidOperationException>(() => send.RecordEmail(13));
        Assert.Throws<InvalidOperationException>(() => send.RecordNote(14));
        Assert.That((send.QueuedEmailId, send.OrderNoteId), Is.EqualTo(((int?)11, (int?)12)), "a refused step changes nothing");
    }

    [Test]
    public void A_step_the_send_did_not_ask_for_is_refused()
    {
        var fromCustomer = Begin(orderId: 0, sendEmail: true, addNote: false);
        var noteOnly = Begin(orderId: 5, sendEmail: false, addNote: true);

        Assert.Throws<InvalidOperationException>(() => fromCustomer.RecordNote(1));
        Assert.Throws<InvalidOperationException>(() => noteOnly.RecordEmail(1));
        Assert.That(fromCustomer.OrderNoteId, Is.Null);
        Assert.That(noteOnly.QueuedEmailId, Is.Null);
    }

    [Test]
    public void Taking_over_locks_again_and_finishing_releases_the_lock_and_keeps_the_error()
    {
        var send = Begin(orderId: 5, sendEmail: true, addNote: false);
        send.Finish(ReplyResourceKeys.Send.Failed);
        Assert.That((send.LockedUntilUtc, send.Error), Is.EqualTo(((DateTime?)null, ReplyResourceKeys.Send.Failed)));

        send.TakeOver(Now.AddMinutes(5), LockTime);
        Assert.That(send.LockedUntilUtc, Is.EqualTo(Now.AddMinutes(5) + LockTime));

        send.Finish(null);
        Assert.That((send.LockedUntilUtc, send.Error), Is.EqualTo(((DateTime?)null, (string)null)));
    }
}
