using Nop.Core;
using Nop.Plugin.Misc.MerchantOps.Replies.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.Services.Contracts;

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
