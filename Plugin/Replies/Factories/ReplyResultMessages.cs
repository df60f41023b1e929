using Nop.Plugin.Misc.MerchantOps.Replies.Services.Contracts;
using Nop.Plugin.Misc.MerchantOps.Replies.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.Services;
using Nop.Services.Messages;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Factories;

/// <summary>Turns the reply services' results into nopCommerce notifications in the admin's language.</summary>
public class ReplyResultMessages
{
    /// <summary>A refused import reports at most this many of its lines.</summary>
    public const int MaxImportErrorsShown = 50;

    private readonly ReplyDisplay _display;
    private readonly INotificationService _notificationService;
    private readonly ICannedReplyService _replyService;

    public ReplyResultMessages(ReplyDisplay display, INotificationService notificationService, ICannedReplyService replyService)
    {
        _display = display;
        _notificationService = notificationService;
        _replyService = replyService;
    }

    /// <summary>Saved, then a warning naming the placeholders nopCommerce will not replace.</summary>
    public virtual async Task NotifySavedAsync(ReplySaveResult result)
    {
        _notificationService.SuccessNotification(await _display.TextAsync(ReplyResourceKeys.Save.Saved));
        if (result.UnknownTokens.Count > 0)
            _notificationService.WarningNotification(await _display.FormatAsync(ReplyResourceKeys.Save.UnknownTokens, string.Join(", ", result.UnknownTokens)));
    }

    public virtual async Task NotifyDeletedAsync() =>
        _notificationService.SuccessNotification(await _display.TextAsync(ReplyResourceKeys.Save.Deleted));

    public virtual async Task NotifyNotFoundAsync() =>
        _notificationService.ErrorNotification(await _display.TextAsync(ReplyResourceKeys.NotFound));

    public virtual async Task NotifyEmptyImportFileAsync() =>
        _notificationService.ErrorNotification(await _display.TextAsync(ReplyResourceKeys.Csv.Empty));

    /// <summary>Created and updated counts; or "nothing imported" and one error per bad line (line, field, why).</summary>
    public virtual async Task NotifyAsync(ReplyImportResult result)
    {
        if (result.Succeeded)
        {
            _notificationService.SuccessNotification(await _display.FormatAsync(ReplyResourceKeys.Csv.Imported, result.Created, result.Updated));
            return;
        }

        _notificationService.ErrorNotification(await _display.TextAsync(ReplyResourceKeys.Import.NothingImported));
        foreach (var error in result.Errors.Take(MaxImportErrorsShown))
            _notificationService.ErrorNotification(await _display.FormatAsync(ReplyResourceKeys.Import.LineError,
                error.Line, error.Field, await _display.FormatAsync(error.ResourceKey, error.Args ?? Array.Empty<object>())));
    }

    /// <summary>Published or why not, then a warning with the titles of the replies left out.</summary>
    public virtual async Task NotifyAsync(FaqPublishResult result)
    {
        var message = await _display.TextAsync(result.ResourceKey);
        if (result.Succeeded)
            _notificationService.SuccessNotification(message);
        else
            _notificationService.ErrorNotification(message);

        if (result.RefusedReplyIds.Count == 0)
            return;

        var titles = new List<string>();
        foreach (var id in result.RefusedReplyIds)
            titles.Add((await _replyService.GetByIdAsync(id))?.Title ?? $"#{id}");
        _notificationService.WarningNotification(await _display.FormatAsync(ReplyResourceKeys.Faq.Refused, string.Join(", ", titles)));
    }
}
