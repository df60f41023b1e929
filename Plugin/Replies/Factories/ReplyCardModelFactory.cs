using Nop.Core;
using Nop.Plugin.Misc.MerchantOps.Replies.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.Models;
using Nop.Plugin.Misc.MerchantOps.Replies.Services;
using Nop.Plugin.Misc.MerchantOps.Replies.Services.Contracts;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Factories;

/// <summary>
/// The replies card of the order and customer pages: the picker, the preview with the real data in the customer's
/// language, and the send's request and answer (the controller sends). It only builds models: who receives a reply and whether the current user may see them (a
/// vendor: only orders with their items) is asked once per request of <see cref="ReplyRecipientService"/>, and the
/// token service renders for what it found.
/// </summary>
public class ReplyCardModelFactory
{
    public const int PickerSize = 20;

    private readonly ReplyDisplay _display;
    private readonly ReplyModelFactory _libraryFactory;
    private readonly ReplyRecipientService _recipients;
    private readonly ICannedReplyService _replyService;
    private readonly IStoreContext _storeContext;
    private readonly ReplyTokenService _tokenService;

    public ReplyCardModelFactory(ReplyDisplay display,
        ReplyModelFactory libraryFactory,
        ReplyRecipientService recipients,
        ICannedReplyService replyService,
        IStoreContext storeContext,
        ReplyTokenService tokenService)
    {
        _display = display;
        _libraryFactory = libraryFactory;
        _recipients = recipients;
        _replyService = replyService;
        _storeContext = storeContext;
        _tokenService = tokenService;
    }

    /// <summary>The card, or null when the order/customer is not there for the current user.</summary>
    public virtual async Task<ReplyCardModel> PrepareCardAsync(int orderId, int customerId)
    {
        var target = await _recipients.FindAsync(orderId, orderId > 0 ? 0 : customerId, 0);
        if (!target.Found)
            return null;

        return new ReplyCardModel
        {
            OrderId = Math.Max(0, orderId),
            CustomerId = orderId > 0 ? 0 : customerId,
            SendKey = Guid.NewGuid(),
            CustomerName = target.ToName,
            CustomerEmail = target.ToEmail,
            CustomerLanguageId = target.LanguageId,
            AvailableLanguages = await _display.LanguageItemsAsync(target.LanguageId),
            Tokens = await _libraryFactory.PrepareTokensAsync(orderId > 0)
        };
    }

    /// <summary>Active replies matching the search or shortcut, in the language chosen on the card.</summary>
    public virtual async Task<IList<ReplyPickModel>> FindAsync(string query, ReplyCardRequestModel request)
    {
        var storeId = 0;
        if (request.OrderId > 0)
        {
            var target = await _recipients.FindAsync(request.OrderId, 0, 0);
            if (!target.Found)
                return new List<ReplyPickModel>();
            storeId = target.Order.StoreId;
        }
        else
            storeId = (await _storeContext.GetCurrentStoreAsync())?.Id ?? 0;

        var replies = await _replyService.FindForUseAsync(query?.Trim() ?? string.Empty, Math.Max(0, request.LanguageId), storeId, PickerSize);
        var picks = new List<ReplyPickModel>();
        foreach (var reply in replies)
            picks.Add(new ReplyPickModel(reply.Id, reply.Title, reply.Category, reply.Shortcut, await _display.LanguageAsync(reply.LanguageId)));
        return picks;
    }

    /// <summary>
    /// The reply in the language asked for (or the fallback, said so), or the text as edited, rendered with the
    /// order's or customer's data. The body is edited as text (<see cref="ReplyBodyText"/>), never as HTML.
    /// </summary>
    public virtual async Task<ReplyPreviewModel> PreparePreviewAsync(ReplyCardRequestModel request)
    {
        var preview = new ReplyPreviewModel { ReplyId = request.ReplyId };
        var subject = request.Subject ?? string.Empty;
        var text = request.BodyText ?? string.Empty;
        var languageId = Math.Max(0, request.LanguageId);
        CannedReply reply;
        var recipient = await _recipients.FindAsync(Math.Max(0, request.OrderId), request.OrderId > 0 ? 0 : request.CustomerId, languageId);

        if (!request.Edited)
        {
            if (languageId == 0)
                languageId = recipient.LanguageId;

            var resolved = await _replyService.ResolveForLanguageAsync(request.ReplyId, languageId);
            if (resolved?.Reply == null)
                return preview with { Error = await _display.TextAsync(ReplyResourceKeys.Send.ReplyNotFound) };

            reply = resolved.Reply;
            preview.ReplyId = reply.Id;
            subject = reply.Subject ?? string.Empty;
            if (resolved.FellBack)
                preview.FallbackMessage = await _display.FormatAsync(ReplyResourceKeys.Render.FellBack,
                    await _display.LanguageAsync(languageId), await _display.LanguageAsync(reply.LanguageId));
            //the text decides the language of the token values (dates, statuses, product names)
            if (reply.LanguageId > 0)
                languageId = reply.LanguageId;
        }
        else
            reply = await _replyService.GetByIdAsync(request.ReplyId);

        var own = reply == null ? null : ReplyBodyText.FromHtml(reply.Body);
        if (own?.DropsFormatting == true)
            preview.FormattingNotice = await _display.TextAsync(ReplyResourceKeys.Card.FormattingKeptUntilEdited);
        if (!request.Edited)
            text = own.Text;

        var body = BodyTemplate(reply, own, text);
        var rendered = (await _tokenService.RenderAsync(await _recipients.InLanguageAsync(recipient, languageId), subject, body)).Rendered;
        if (!rendered.Found)
            return preview with { Error = await _display.TextAsync(request.OrderId > 0 ? ReplyResourceKeys.Render.OrderNotFound : ReplyResourceKeys.Render.CustomerNotFound) };

        preview.Found = true;
        preview.LanguageId = rendered.LanguageId;
        preview.LanguageName = await _display.LanguageAsync(rendered.LanguageId);
        preview.TemplateSubject = subject;
        preview.TemplateBodyText = text;
        preview.Subject = rendered.Subject;
        preview.BodyHtml = rendered.Body;
        preview.ToEmail = rendered.ToEmail;
        preview.ToName = rendered.ToName;
        preview.UnknownTokens = rendered.UnknownTokens?.ToList() ?? new List<string>();
        foreach (var key in rendered.WarningKeys ?? new List<string>())
        {
            if (key == ReplyResourceKeys.Render.UnknownTokens)
                continue;
            preview.Warnings.Add(await _display.TextAsync(key));
        }
        if (preview.UnknownTokens.Count > 0)
            preview.Warnings.Insert(0, await _display.FormatAsync(ReplyResourceKeys.Render.UnknownTokens, string.Join(", ", preview.UnknownTokens)));

        return preview;
    }

    /// <summary>
    /// The send request from what the card posted: the body template as the preview made it (see
    /// <see cref="BodyTemplate"/>), the order note only when sent from an order.
    /// </summary>
    public virtual async Task<ReplySendRequest> PrepareSendRequestAsync(ReplyCardRequestModel request)
    {
        var fromOrder = request.OrderId > 0;
        var reply = await _replyService.GetByIdAsync(request.ReplyId);
        return new ReplySendRequest
        {
            SendKey = request.SendKey,
            ReplyId = request.ReplyId,
            OrderId = Math.Max(0, request.OrderId),
            CustomerId = fromOrder ? 0 : request.CustomerId,
            LanguageId = Math.Max(0, request.LanguageId),
            Subject = request.Subject ?? string.Empty,
            Body = BodyTemplate(reply, reply == null ? null : ReplyBodyText.FromHtml(reply.Body), request.BodyText),
            SendEmail = request.SendEmail,
            AddOrderNote = fromOrder && request.AddOrderNote,
            NoteVisibleToCustomer = fromOrder && request.AddOrderNote && request.NoteVisibleToCustomer
        };
    }

    /// <summary>
    /// The answer to a send: its message, and the key of the next send — a new one once this reply went out (or had
    /// already), the same one to retry after a refusal.
    /// </summary>
    public virtual async Task<ReplySendAnswerModel> PrepareSendAnswerAsync(ReplySendRequest request, ReplySendResult result)
    {
        var key = result.AlreadySent ? ReplyResourceKeys.Send.AlreadySent : result.ResourceKey;
        var message = key is ReplyResourceKeys.Send.Emailed or ReplyResourceKeys.Send.EmailedAndNoteAdded
            ? await _display.FormatAsync(key, result.ToEmail)
            : await _display.TextAsync(key);

        return new ReplySendAnswerModel(result.Succeeded, result.AlreadySent, message,
            result.Succeeded || result.AlreadySent ? Guid.NewGuid() : request.SendKey);
    }

    /// <summary>
    /// The body template of a preview or a send, HTML: the reply's own while the text is still its text
    /// (<paramref name="own"/>; what the library's rich editor made stays, bold and images included), else the text as
    /// HTML — encoded, so nothing typed on the card becomes markup. Preview and send both take it from here: the
    /// customer gets what the preview showed.
    /// </summary>
    private static string BodyTemplate(CannedReply reply, ReplyEditableText own, string text)
    {
        text ??= string.Empty;
        return reply != null && SameText(own.Text, text) ? reply.Body : ReplyBodyText.ToHtml(text);
    }

    private static bool SameText(string first, string second) =>
        string.Equals(first.Replace("\r\n", "\n").Trim(), second.Replace("\r\n", "\n").Trim(), StringComparison.Ordinal);
}
