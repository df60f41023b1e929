using Nop.Plugin.Misc.MerchantOps.Infrastructure.Text;
using Nop.Plugin.Misc.MerchantOps.Replies.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.Services.Contracts;
using Keys = Nop.Plugin.Misc.MerchantOps.Replies.Domain.ReplyResourceKeys.Save;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Services;

/// <summary>
/// The rules a reply must meet before anything is written (SaveAsync and the CSV import share them). Plain C#:
/// the checks that need the database (language/store exist, shortcut taken) are made by the callers.
/// </summary>
public static class ReplyInputRules
{
    /// <summary>Trims the text fields and normalizes the shortcut, in place.</summary>
    public static void Normalize(CannedReplyInput input)
    {
        input.Title = input.Title?.Trim();
        input.Category = string.IsNullOrWhiteSpace(input.Category) ? null : input.Category.Trim();
        input.Shortcut = ReplyShortcut.Normalize(input.Shortcut);
        input.Subject = string.IsNullOrWhiteSpace(input.Subject) ? null : input.Subject.Trim();
        input.Body = input.Body?.Trim();
    }

    /// <summary>Errors of a normalized input; empty when it may be saved.</summary>
    public static IList<ReplyFieldError> Check(CannedReplyInput input)
    {
        var errors = new List<ReplyFieldError>();

        if (string.IsNullOrWhiteSpace(input.Title))
            errors.Add(Error(nameof(input.Title), Keys.TitleRequired));
        else if (input.Title.Length > ReplyLimits.MaxTitleLength)
            errors.Add(Error(nameof(input.Title), Keys.TooLong, ReplyLimits.MaxTitleLength));

        if (input.Category?.Length > ReplyLimits.MaxCategoryLength)
            errors.Add(Error(nameof(input.Category), Keys.TooLong, ReplyLimits.MaxCategoryLength));

        if (input.Shortcut?.Length > ReplyLimits.MaxShortcutLength)
            errors.Add(Error(nameof(input.Shortcut), Keys.TooLong, ReplyLimits.MaxShortcutLength));
        else if (!ReplyShortcut.IsValid(input.Shortcut))
            errors.Add(Error(nameof(input.Shortcut), Keys.ShortcutInvalid));

        if (input.Subject?.Length > ReplyLimits.MaxSubjectLength)
            errors.Add(Error(nameof(input.Subject), Keys.TooLong, ReplyLimits.MaxSubjectLength));

        // The size first: a 5 MB paste is refused without being parsed.
        if (input.Body?.Length > ReplyLimits.MaxBodyLength)
            errors.Add(Error(nameof(input.Body), Keys.BodyTooLarge, ReplyLimits.MaxBodyLength / (1024 * 1024)));
        else if (IsEmptyHtml(input.Body))
            errors.Add(Error(nameof(input.Body), Keys.BodyRequired));

        if (input.LanguageId < 0)
            errors.Add(Error(nameof(input.LanguageId), Keys.LanguageUnknown));
        if (input.StoreId < 0)
            errors.Add(Error(nameof(input.StoreId), Keys.StoreUnknown));

        return errors;
    }

    /// <summary>Nothing to read: blank, or only empty paragraphs and spaces as the rich editor leaves them (an image counts).</summary>
    public static bool IsEmptyHtml(string html) =>
        string.IsNullOrWhiteSpace(html)
        || string.IsNullOrWhiteSpace(HtmlToPlainText.Convert(html)) && !html.Contains("<img", StringComparison.OrdinalIgnoreCase);

    private static ReplyFieldError Error(string field, string key, params object[] args) => new(field, key, args);
}
