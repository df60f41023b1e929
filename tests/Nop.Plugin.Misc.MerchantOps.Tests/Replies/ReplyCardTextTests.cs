using Microsoft.AspNetCore.Mvc;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Messages;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.MerchantOps.Replies.Controllers;
using Nop.Plugin.Misc.MerchantOps.Replies.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.Models;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Replies;

/// <summary>
/// The order card edits a reply as text: a seeded reply shows no tag, what staff type is encoded, and the e-mail
/// queued is byte for byte the HTML the preview showed, through the card's own preview and send.
/// </summary>
[TestFixture(DatabaseEngine.Sqlite)]
[TestFixture(DatabaseEngine.PostgreSql)]
[TestFixture(DatabaseEngine.MySql)]
public class ReplyCardTextTests : DatabaseTestBase
{
    private RepliesScenario _s;
    private Customer _customer;
    private Order _order;

    public ReplyCardTextTests(DatabaseEngine engine) : base(engine)
    {
    }

    private async Task ArrangeAsync()
    {
        _s = await RepliesScenario.CreateAsync(Database);
        (_customer, var address) = await _s.CustomerAsync("ann@example.com", "<svg/onload=alert(1)>", "Smith", _s.English);
        _order = await _s.OrderAsync(_customer, address);
    }

    private Task<CannedReply> SeededAsync(string seedKey) =>
        Database.Repository<CannedReply>().Table.SingleAsync(reply => reply.SeedKey == seedKey && reply.LanguageId == _s.English.Id);

    private ReplyCardRequestModel Request(CannedReply reply, string text = null, string subject = null) => new()
    {
        SendKey = Guid.NewGuid(),
        ReplyId = reply.Id,
        OrderId = _order.Id,
        LanguageId = _s.English.Id,
        Edited = text != null,
        Subject = subject ?? reply.Subject,
        BodyText = text,
        SendEmail = true
    };

    /// <summary>The card's send through its controller action: the factory's request, the send service, the factory's answer.</summary>
    private async Task<ReplySendAnswerModel> SendAsync(ReplyCardRequestModel request)
    {
        var result = await new ReplyCardController(_s.App.Card, _s.App.Sender).Send(request);
        return (ReplySendAnswerModel)((JsonResult)result).Value;
    }

    private async Task<QueuedEmail> EmailAsync(int id) => await Database.Repository<QueuedEmail>().GetByIdAsync(id);

    /// <summary>What went out, without the invisible send marker at its end.</summary>
    private static string Sent(QueuedEmail email, Guid key)
    {
        var marker = $"<!--merchantops-reply:{key:N}-->";
        Assert.That(email.Body, Does.EndWith(marker));
        return email.Body[..^marker.Length];
    }

    [Test]
    public async Task A_seeded_reply_edited_as_text_is_sent_as_exactly_the_previewed_html_with_what_was_typed_encoded()
    {
        await ArrangeAsync();
        await _s.App.Seeder.SeedAsync();
        var reply = await SeededAsync("where-is-my-order");

        var chosen = await _s.App.Card.PreparePreviewAsync(Request(reply));
        Assert.That(chosen.Found, Is.True, chosen.Error);
        Assert.That(chosen.TemplateBodyText, Does.Not.Contain("<").And.Not.Contain(">"), "no tag to edit");
        Assert.That(chosen.FormattingNotice, Is.Null);

        var text = chosen.TemplateBodyText + "\n\n<script>alert(1)</script> Fish & chips\nnext line\n\n\nAfter two blank lines: %Order.OrderNumber%.";
        var request = Request(reply, text);
        var preview = await _s.App.Card.PreparePreviewAsync(request);
        var answer = await SendAsync(request);

        Assert.That((answer.Succeeded, answer.AlreadySent), Is.EqualTo((true, false)), answer.Message);
        var send = await Database.Repository<CannedReplySend>().Table.SingleAsync(row => row.SendKey == request.SendKey);
        var email = await EmailAsync(send.QueuedEmailId!.Value);
        Assert.That(Sent(email, request.SendKey), Is.EqualTo(preview.BodyHtml), "the customer gets what the preview showed");
        Assert.That(email.Subject, Is.EqualTo(preview.Subject));
        Assert.That(preview.BodyHtml, Does.StartWith("<p>Hello &lt;svg/onload=alert(1)&gt; Smith,</p>"), "token values encoded by the tokenizer");
        Assert.That(preview.BodyHtml, Does.EndWith($"<p>&lt;script&gt;alert(1)&lt;/script&gt; Fish &amp; chips<br>next line</p><p><br></p><p>After two blank lines: {_order.CustomOrderNumber}.</p>"));
        Assert.That(preview.BodyHtml, Does.Not.Contain("<script").And.Not.Contain("<svg"));
        Assert.That(preview.BodyHtml, Does.Contain("<p>Kind regards,<br>Tea &amp; Mugs</p>"), "the seed's paragraphs and line break");
    }

    [Test]
    public async Task A_reply_with_formatting_the_text_cannot_show_keeps_it_while_unchanged_and_both_ways_the_email_is_the_preview()
    {
        await ArrangeAsync();
        var reply = await _s.ReplyAsync("Thanks", "/thanks", "Thanks", "<p>Hello <strong>%Order.CustomerFullName%</strong>,</p><p>thank you.</p>", _s.English.Id);

        var chosen = await _s.App.Card.PreparePreviewAsync(Request(reply));
        var unchanged = Request(reply, chosen.TemplateBodyText);
        var unchangedPreview = await _s.App.Card.PreparePreviewAsync(unchanged);
        await SendAsync(unchanged);
        var edited = Request(reply, chosen.TemplateBodyText.Replace("thank you.", "thank you & see you."));
        var editedPreview = await _s.App.Card.PreparePreviewAsync(edited);
        await SendAsync(edited);

        Assert.That(chosen.TemplateBodyText, Is.EqualTo("Hello %Order.CustomerFullName%,\n\nthank you."));
        Assert.That(chosen.FormattingNotice, Does.Contain("bold"), "said on the card");
        Assert.That(unchangedPreview.BodyHtml, Is.EqualTo(chosen.BodyHtml).And.Contain("<strong>&lt;svg/onload=alert(1)&gt; Smith</strong>"));
        Assert.That(editedPreview.BodyHtml, Is.EqualTo("<p>Hello &lt;svg/onload=alert(1)&gt; Smith,</p><p>thank you &amp; see you.</p>"));
        var emails = await Database.Repository<QueuedEmail>().Table.OrderBy(email => email.Id).ToListAsync();
        Assert.That(emails.Select(email => Sent(email, email == emails[0] ? unchanged.SendKey : edited.SendKey)),
            Is.EqualTo(new[] { unchangedPreview.BodyHtml, editedPreview.BodyHtml }));
    }

    [Test]
    public async Task A_note_only_send_stores_the_edited_text_as_plain_text_and_queues_nothing()
    {
        await ArrangeAsync();
        var reply = await _s.ReplyAsync("Delay", "/late", "Your order %Order.OrderNumber%", "<p>Sorry.</p>", _s.English.Id);
        var request = Request(reply, "Dear customer,\n\n<b>late</b> & sorry:\n- [track it](https://t.test/?n=1&m=2)\n- call us") with
        {
            SendEmail = false,
            AddOrderNote = true,
            NoteVisibleToCustomer = true
        };

        var answer = await SendAsync(request);

        Assert.That(answer.Succeeded, Is.True, answer.Message);
        Assert.That(await Database.Repository<QueuedEmail>().Table.CountAsync(email => email.Id > 0), Is.Zero);
        var note = await Database.Repository<OrderNote>().Table.SingleAsync(row => row.OrderId == _order.Id);
        // nopCommerce encodes a note when it shows it: stored as plain text, the link's address kept.
        Assert.That(note.Note, Is.EqualTo($"Your order {_order.CustomOrderNumber}\n\nDear customer,\n<b>late</b> & sorry:\n- track it (https://t.test/?n=1&m=2)\n- call us"));
        Assert.That(note.DisplayToCustomer, Is.True);
    }

    [Test]
    public async Task A_blank_text_is_refused_and_nothing_is_written()
    {
        await ArrangeAsync();
        var reply = await _s.ReplyAsync("Delay", "/late", "Late", "<p>Sorry.</p>", _s.English.Id);

        var answer = await SendAsync(Request(reply, " \n\n "));

        Assert.That(answer.Succeeded, Is.False);
        Assert.That(answer.Message, Is.EqualTo(RepliesApp.Resource("en", ReplyResourceKeys.Send.EmptyBody)));
        Assert.That(await Database.Repository<CannedReplySend>().Table.CountAsync(row => row.Id > 0), Is.Zero);
    }
}
