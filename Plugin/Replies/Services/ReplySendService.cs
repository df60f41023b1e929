using System.Data.Common;
using LinqToDB;
using Nop.Core;
using Nop.Core.Domain.Messages;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Infrastructure.Text;
using Nop.Plugin.Misc.MerchantOps.Replies.Data;
using Nop.Plugin.Misc.MerchantOps.Replies.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.Services.Contracts;
using Nop.Services.Customers;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Services.Orders;
using Keys = Nop.Plugin.Misc.MerchantOps.Replies.Domain.ReplyResourceKeys.Send;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Services;

/// <summary>
/// Sends a reply once per SendKey. The send row is inserted first (its unique SendKey settles double clicks and
/// two tabs: the second insert fails and that request reports "already sent"), then the email is queued through
/// nopCommerce's IQueuedEmailService and the order note written, each id stored as soon as it exists. A retry
/// with the same key resumes: a step whose id is stored is not repeated, and a step that ran but whose id was lost
/// (a crash right after nopCommerce's insert) is found again — the email by the send key hidden in its body, the
/// note by its text — so nothing is sent or written twice. A follow-up rule's send (<see cref="SendAutomaticAsync"/>) takes
/// the same steps with a message already rendered, no signed-in sender and no note.
/// </summary>
public class ReplySendService : IReplySendService
{
    private static readonly TimeSpan LockTime = TimeSpan.FromMinutes(2);

    private readonly ICustomerService _customerService;
    private readonly ReplyEmailAccounts _emailAccounts;
    private readonly ILocalizationService _localizationService;
    private readonly IRepository<OrderNote> _orderNotes;
    private readonly IOrderService _orderService;
    private readonly IRepository<QueuedEmail> _queuedEmails;
    private readonly IQueuedEmailService _queuedEmailService;
    private readonly ReplyRecipientService _recipients;
    private readonly IRepository<CannedReply> _replies;
    private readonly IRepository<CannedReplySend> _sends;
    private readonly TimeProvider _timeProvider;
    private readonly ReplyTokenService _tokenService;
    private readonly IWorkContext _workContext;

    public ReplySendService(ICustomerService customerService,
        ReplyEmailAccounts emailAccounts,
        ILocalizationService localizationService,
        IRepository<OrderNote> orderNotes,
        IOrderService orderService,
        IRepository<QueuedEmail> queuedEmails,
        IQueuedEmailService queuedEmailService,
        ReplyRecipientService recipients,
        IRepository<CannedReply> replies,
        IRepository<CannedReplySend> sends,
        TimeProvider timeProvider,
        ReplyTokenService tokenService,
        IWorkContext workContext)
    {
        _customerService = customerService;
        _emailAccounts = emailAccounts;
        _localizationService = localizationService;
        _orderNotes = orderNotes;
        _orderService = orderService;
        _queuedEmails = queuedEmails;
        _queuedEmailService = queuedEmailService;
        _recipients = recipients;
        _replies = replies;
        _sends = sends;
        _timeProvider = timeProvider;
        _tokenService = tokenService;
        _workContext = workContext;
    }

    public async Task<ReplySendResult> SendAsync(ReplySendRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.SendKey == Guid.Empty)
            return Refused(Keys.MissingKey);

        var existing = await _sends.Table.FirstOrDefaultAsync(send => send.SendKey == request.SendKey);
        if (existing != null)
            return await ResumeAsync(existing, request);

        if (!request.SendEmail && !request.AddOrderNote)
            return Refused(Keys.NothingChosen);
        if (request.AddOrderNote && request.OrderId <= 0)
            return Refused(Keys.NoteNeedsOrder);
        if (ReplyInputRules.IsEmptyHtml(request.Body))
            return Refused(Keys.EmptyBody);

        var reply = await _replies.GetByIdAsync(request.ReplyId);
        if (reply == null || reply.Deleted)
            return Refused(Keys.ReplyNotFound);

        var rendering = await RenderAsync(request);
        if (!rendering.Rendered.Found)
            return Refused(request.OrderId > 0 ? Keys.OrderNotFound : Keys.CustomerNotFound);
        if (request.OrderId > 0 && request.CustomerId > 0 && request.CustomerId != rendering.Order.CustomerId)
            return Refused(Keys.CustomerNotFound);
        if (request.SendEmail && rendering.EmailAccount == null)
            return Refused(Keys.NoEmailAccount);
        if (request.SendEmail && rendering.Rendered.ToEmail == null)
            return Refused(Keys.NoEmailAddress);

        var now = Now;
        var sender = await _workContext.GetCurrentCustomerAsync();
        var send = CannedReplySend.Begin(request.SendKey, reply.Id,
            orderId: request.OrderId > 0 ? request.OrderId : 0,
            customerId: rendering.Customer?.Id ?? request.CustomerId,
            sentByCustomerId: sender?.Id ?? 0,
            languageId: rendering.Rendered.LanguageId,
            subject: TextTruncation.Truncate(rendering.Rendered.Subject, ReplyLimits.MaxSubjectLength),
            sendEmail: request.SendEmail,
            addOrderNote: request.AddOrderNote,
            noteVisibleToCustomer: request.NoteVisibleToCustomer,
            toEmail: request.SendEmail ? TextTruncation.Truncate(rendering.Rendered.ToEmail, ReplyLimits.MaxEmailLength) : null,
            now, LockTime);

        return await InsertAndRunAsync(send, reply, rendering);
    }

    public async Task<ReplySendResult> SendAutomaticAsync(ReplyAutomaticSend request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.SendKey == Guid.Empty)
            return Refused(Keys.MissingKey);
        if (request.FollowUpRuleId <= 0)
            throw new ArgumentException("An automatic send names its follow-up rule.", nameof(request));

        var existing = await _sends.Table.FirstOrDefaultAsync(send => send.SendKey == request.SendKey);
        if (existing != null)
        {
            // Same rule and target; the reply version may differ (the library gained the customer's language since).
            if (existing.FollowUpRuleId != request.FollowUpRuleId
                || existing.OrderId != Math.Max(0, request.OrderId) || existing.CustomerId != request.CustomerId)
                return Refused(Keys.KeyReused);

            var (resumed, done) = await TakeOverAsync(existing);
            if (done != null)
                return done;
            return await RunStepsAsync(resumed, null, await AutomaticRenderingAsync(request));
        }

        if (ReplyInputRules.IsEmptyHtml(request.Body))
            return Refused(Keys.EmptyBody);
        if (string.IsNullOrWhiteSpace(request.ToEmail))
            return Refused(Keys.NoEmailAddress);
        var reply = await _replies.GetByIdAsync(request.ReplyId);
        if (reply == null || reply.Deleted)
            return Refused(Keys.ReplyNotFound);
        var rendering = await AutomaticRenderingAsync(request);
        if (rendering.EmailAccount == null)
            return Refused(Keys.NoEmailAccount);

        // Nobody is signed in: the schedule task sends it (SentByCustomerId 0, the rule in FollowUpRuleId).
        var send = CannedReplySend.Begin(request.SendKey, reply.Id,
            orderId: Math.Max(0, request.OrderId),
            customerId: request.CustomerId,
            sentByCustomerId: 0,
            languageId: request.LanguageId,
            subject: TextTruncation.Truncate(request.Subject, ReplyLimits.MaxSubjectLength),
            sendEmail: true,
            addOrderNote: false,
            noteVisibleToCustomer: false,
            toEmail: TextTruncation.Truncate(request.ToEmail.Trim(), ReplyLimits.MaxEmailLength),
            Now, LockTime, request.FollowUpRuleId);

        return await InsertAndRunAsync(send, reply, rendering);
    }

    /// <summary>
    /// Inserts the send row under its unique key, then runs the steps. Another request that inserted the key first
    /// (double click, second tab, another app instance) does the work: this one reports "already sent".
    /// </summary>
    private async Task<ReplySendResult> InsertAndRunAsync(CannedReplySend send, CannedReply reply, ReplyRendering rendering)
    {
        try
        {
            await _sends.InsertAsync(send);
        }
        catch (DbException)
        {
            var key = send.SendKey;
            var winner = await _sends.Table.FirstOrDefaultAsync(row => row.SendKey == key);
            if (winner == null)
                throw;
            return AlreadySent(winner);
        }

        return await RunStepsAsync(send, reply, rendering);
    }

    /// <summary>An automatic send's content as a rendering: already rendered by the caller, on the store's default account.</summary>
    private async Task<ReplyRendering> AutomaticRenderingAsync(ReplyAutomaticSend request)
    {
        var rendered = new RenderedReply
        {
            Found = true,
            Subject = request.Subject,
            Body = request.Body,
            LanguageId = request.LanguageId,
            ToEmail = string.IsNullOrWhiteSpace(request.ToEmail) ? null : request.ToEmail.Trim(),
            ToName = string.IsNullOrWhiteSpace(request.ToName) ? null : request.ToName.Trim()
        };
        return new ReplyRendering(rendered, null, null, null, null, await _emailAccounts.GetDefaultAsync());
    }

    private async Task<ReplySendResult> ResumeAsync(CannedReplySend send, ReplySendRequest request)
    {
        if (send.ReplyId != request.ReplyId || send.OrderId != Math.Max(0, request.OrderId)
            || request.CustomerId > 0 && send.CustomerId != request.CustomerId)
            return Refused(Keys.KeyReused);

        var (resumed, done) = await TakeOverAsync(send);
        if (done != null)
            return done;
        send = resumed;

        var reply = await _replies.GetByIdAsync(send.ReplyId);
        var rendering = await RenderAsync(request, send.LanguageId);
        if (reply == null || !rendering.Rendered.Found)
        {
            await FinishAsync(send, Keys.Failed);
            return Refused(reply == null ? Keys.ReplyNotFound : send.OrderId > 0 ? Keys.OrderNotFound : Keys.CustomerNotFound, send);
        }

        return await RunStepsAsync(send, reply, rendering);
    }

    /// <summary>
    /// A retry of a stored send: takes it over unless it is complete or another request works on it right now (then
    /// <c>Done</c> is the answer); the row is read again under the lock.
    /// </summary>
    private async Task<(CannedReplySend Send, ReplySendResult Done)> TakeOverAsync(CannedReplySend send)
    {
        if (send.IsComplete)
            return (send, AlreadySent(send));

        var now = Now;
        var sendId = send.Id;
        send.TakeOver(now, LockTime);
        if (!await _sends.TryTakeOverAsync(send, now))
            return (send, AlreadySent(send));

        // Read again under the lock: the request that held it may have finished since this one first read the row.
        send = await _sends.Table.FirstOrDefaultAsync(row => row.Id == sendId);
        if (send.IsComplete)
        {
            await FinishAsync(send, send.Error);
            return (send, AlreadySent(send));
        }

        return (send, null);
    }

    /// <summary>The steps still missing; <paramref name="reply"/> is only read for a person's staff-only note.</summary>
    private async Task<ReplySendResult> RunStepsAsync(CannedReplySend send, CannedReply reply, ReplyRendering rendering)
    {
        try
        {
            if (send.SentAsEmail && !send.QueuedEmailId.HasValue)
            {
                if (rendering.EmailAccount == null || string.IsNullOrEmpty(send.ToEmail))
                {
                    await FinishAsync(send, rendering.EmailAccount == null ? Keys.NoEmailAccount : Keys.NoEmailAddress);
                    return Refused(send.Error, send);
                }

                send.RecordEmail(await FindQueuedEmailAsync(send) ?? await QueueEmailAsync(send, rendering));
                await _sends.SaveEmailAsync(send);
            }

            if (send.WritesNote && !send.OrderNoteId.HasValue)
            {
                var note = await NoteTextAsync(send, reply, rendering);
                send.RecordNote(await FindNoteAsync(send, note) ?? await AddNoteAsync(send, note));
                await _sends.SaveNoteAsync(send);
            }

            await FinishAsync(send, null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            await TryFinishAsync(send, Keys.Failed);
            return new ReplySendResult
            {
                Succeeded = false,
                ResourceKey = Keys.Failed,
                SendId = send.Id,
                QueuedEmailId = send.QueuedEmailId,
                OrderNoteId = send.OrderNoteId
            };
        }

        return new ReplySendResult
        {
            Succeeded = true,
            ResourceKey = send.SentAsEmail && send.AddedAsNote ? Keys.EmailedAndNoteAdded : send.SentAsEmail ? Keys.Emailed : Keys.NoteAdded,
            ToEmail = rendering.Rendered.ToEmail,
            SendId = send.Id,
            QueuedEmailId = send.QueuedEmailId,
            OrderNoteId = send.OrderNoteId
        };
    }

    /// <summary>The recipient, asked once per send (who it is and whether the current user may see them), then rendered for.</summary>
    private async Task<ReplyRendering> RenderAsync(ReplySendRequest request, int languageId = 0)
    {
        var recipient = await _recipients.FindAsync(request.OrderId > 0 ? request.OrderId : 0, request.OrderId > 0 ? 0 : request.CustomerId,
            languageId > 0 ? languageId : request.LanguageId);
        return await _tokenService.RenderAsync(recipient, request.Subject, request.Body);
    }

    private async Task<int> QueueEmailAsync(CannedReplySend send, ReplyRendering rendering)
    {
        var account = rendering.EmailAccount;
        var email = new QueuedEmail
        {
            Priority = QueuedEmailPriority.High,
            From = account.Email,
            FromName = account.DisplayName,
            To = send.ToEmail,
            ToName = TextTruncation.Truncate(rendering.Rendered.ToName, 300),
            CC = string.Empty,
            Subject = TextTruncation.Truncate(rendering.Rendered.Subject, ReplyLimits.MaxSubjectLength),
            Body = rendering.Rendered.Body + Marker(send),
            CreatedOnUtc = Now,
            EmailAccountId = account.Id
        };

        await _queuedEmailService.InsertQueuedEmailAsync(email);
        return email.Id;
    }

    /// <summary>An email queued for this send whose id was lost: found by the marker in its body.</summary>
    private async Task<int?> FindQueuedEmailAsync(CannedReplySend send)
    {
        var marker = Marker(send);
        var since = send.CreatedOnUtc;
        var to = send.ToEmail;
        var ids = await _queuedEmails.Table
            .Where(email => email.CreatedOnUtc >= since && email.To == to && email.Body.Contains(marker))
            .Select(email => email.Id).ToListAsync();
        return ids.Count > 0 ? ids.Min() : null;
    }

    private async Task<int> AddNoteAsync(CannedReplySend send, string text)
    {
        var note = new OrderNote
        {
            OrderId = send.OrderId,
            Note = text,
            DisplayToCustomer = send.NoteVisibleToCustomer,
            CreatedOnUtc = Now
        };
        await _orderService.InsertOrderNoteAsync(note);
        return note.Id;
    }

    /// <summary>A note written for this send whose id was lost: same order, same text, written after the send started, owned by no other send.</summary>
    private async Task<int?> FindNoteAsync(CannedReplySend send, string text)
    {
        var orderId = send.OrderId;
        var since = send.CreatedOnUtc;
        var sendId = send.Id;
        // Not a note another send already owns (the same reply sent twice to the same order).
        var ids = await _orderNotes.Table
            .Where(note => note.OrderId == orderId && note.CreatedOnUtc >= since && note.Note == text
                && !_sends.Table.Any(other => other.Id != sendId && other.OrderNoteId == note.Id))
            .Select(note => note.Id).ToListAsync();
        return ids.Count > 0 ? ids.Min() : null;
    }

    /// <summary>
    /// The reply itself as plain text when it is added as a note (nopCommerce encodes notes when it shows them),
    /// otherwise a short staff-only line saying who emailed which reply to whom.
    /// </summary>
    private async Task<string> NoteTextAsync(CannedReplySend send, CannedReply reply, ReplyRendering rendering)
    {
        if (send.AddedAsNote)
        {
            var subject = string.IsNullOrWhiteSpace(rendering.Rendered.Subject) ? null : rendering.Rendered.Subject.Trim();
            var body = HtmlToPlainText.Convert(rendering.Rendered.Body);
            return subject == null ? body : subject + "\n\n" + body;
        }

        var senderName = await CustomerDisplayName.GetAsync(_customerService, send.SentByCustomerId);
        var format = await _localizationService.GetResourceAsync(Keys.SummaryNote);
        return string.Format(format, reply.Title, senderName, send.ToEmail);
    }

    private async Task FinishAsync(CannedReplySend send, string error)
    {
        send.Finish(error);
        await _sends.SaveFinishAsync(send);
    }

    private async Task TryFinishAsync(CannedReplySend send, string error)
    {
        try
        {
            await FinishAsync(send, error);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The lock runs out by itself; a retry resumes.
        }
    }

    private DateTime Now => _timeProvider.GetUtcNow().UtcDateTime;

    private static string Marker(CannedReplySend send) => $"<!--merchantops-reply:{send.SendKey:N}-->";

    private static ReplySendResult Refused(string key, CannedReplySend send = null) =>
        new() { Succeeded = false, ResourceKey = key, SendId = send?.Id ?? 0, QueuedEmailId = send?.QueuedEmailId, OrderNoteId = send?.OrderNoteId };

    private static ReplySendResult AlreadySent(CannedReplySend send) => new()
    {
        Succeeded = true,
        AlreadySent = true,
        ResourceKey = Keys.AlreadySent,
        SendId = send.Id,
        QueuedEmailId = send.QueuedEmailId,
        OrderNoteId = send.OrderNoteId
    };

}
