using Nop.Core;
using Nop.Plugin.Misc.MerchantOps.Replies.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Services;

/// <summary>
/// The reply library: search, save with validation, soft delete, the picker and language families.
/// Bad input comes back as a result with resource keys, never as an exception.
/// </summary>
public interface ICannedReplyService
{
    /// <summary>Non-deleted replies matching the search, by category, display order, title.</summary>
    Task<IPagedList<CannedReply>> SearchAsync(CannedReplySearch search, int pageIndex = 0, int pageSize = int.MaxValue);

    /// <summary>The reply, or null when it does not exist or was deleted.</summary>
    Task<CannedReply> GetByIdAsync(int id);

    /// <summary>The distinct categories of non-deleted replies, sorted.</summary>
    Task<IList<string>> GetCategoriesAsync();

    /// <summary>
    /// Inserts (input.Id == 0) or updates. Empty title/body, bad or duplicate shortcut, too long fields block
    /// saving (nothing written); unknown tokens are reported in <see cref="ReplySaveResult.UnknownTokens"/> only.
    /// </summary>
    Task<ReplySaveResult> SaveAsync(CannedReplyInput input);

    /// <summary>Soft delete; false when the reply does not exist.</summary>
    Task<bool> DeleteAsync(int id);

    /// <summary>
    /// Active replies for the picker: shortcut prefix matches first, then title/category text; language 0 and
    /// <paramref name="languageId"/>; store 0 and <paramref name="storeId"/>; one row per language family.
    /// </summary>
    Task<IList<CannedReply>> FindForUseAsync(string query, int languageId, int storeId, int max = 20);

    /// <summary>
    /// The version of the reply's family in <paramref name="languageId"/>, else the "all languages" one, else the
    /// store's default language one, else the reply itself. Null Reply when the reply does not exist.
    /// </summary>
    Task<ResolvedReply> ResolveForLanguageAsync(int replyId, int languageId);
}

/// <summary>Search of the library. LanguageId: -1 any, 0 "all languages" only, &gt;0 that language and "all".</summary>
public class CannedReplySearch
{
    /// <summary>Matched in title, subject, body and shortcut.</summary>
    public string Keywords { get; set; }

    public string Category { get; set; }

    public int LanguageId { get; set; } = -1;

    /// <summary>0 any; &gt;0 that store and "all stores".</summary>
    public int StoreId { get; set; }

    public bool? Active { get; set; }
}

/// <summary>Every editable field of a reply. Id 0 inserts.</summary>
public class CannedReplyInput
{
    public int Id { get; set; }

    public string Title { get; set; }

    public string Category { get; set; }

    public string Shortcut { get; set; }

    public string Subject { get; set; }

    public string Body { get; set; }

    public int LanguageId { get; set; }

    public int StoreId { get; set; }

    public bool Active { get; set; } = true;

    public int DisplayOrder { get; set; }

    /// <summary>Writes the fields into the reply (save and CSV import), as of <paramref name="nowUtc"/>.</summary>
    public void ApplyTo(CannedReply reply, DateTime nowUtc)
    {
        reply.Title = Title;
        reply.Category = Category;
        reply.Shortcut = Shortcut;
        reply.Subject = Subject;
        reply.Body = Body;
        reply.LanguageId = LanguageId;
        reply.StoreId = StoreId;
        reply.Active = Active;
        reply.DisplayOrder = DisplayOrder;
        reply.UpdatedOnUtc = nowUtc;
        reply.RefreshShortcutKey();
    }
}

/// <summary>A refused field, with the message key and its arguments.</summary>
public sealed record ReplyFieldError(string Field, string ResourceKey, object[] Args);

public class ReplySaveResult
{
    public bool Succeeded { get; init; }

    public int ReplyId { get; init; }

    public IList<ReplyFieldError> Errors { get; init; } = new List<ReplyFieldError>();

    /// <summary>Placeholders that are not nopCommerce tokens: a warning, the reply was saved anyway.</summary>
    public IList<string> UnknownTokens { get; init; } = new List<string>();
}

public class ResolvedReply
{
    /// <summary>The version to use; null when the reply does not exist.</summary>
    public CannedReply Reply { get; init; }

    /// <summary>True when the requested language had no version of this reply.</summary>
    public bool FellBack { get; init; }

    public int RequestedLanguageId { get; init; }
}
