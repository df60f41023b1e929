using Nop.Plugin.Misc.MerchantOps.Replies.Services.Contracts;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Services;

/// <summary>
/// CSV export/import of the library (UTF-8 with BOM; columns Title, Category, Shortcut, Subject, Body, Language,
/// Store, Active, DisplayOrder). Export → import → export gives the same bytes.
/// </summary>
public interface IReplyCsvService
{
    Task<byte[]> ExportAsync(CannedReplySearch search);

    /// <summary>
    /// All or nothing: every line is validated first (the rules of SaveAsync); any bad line → nothing written and
    /// each error reported with its line number. A reply with the same Shortcut + Language + Store is updated.
    /// </summary>
    Task<ReplyImportResult> ImportAsync(Stream csv);
}
