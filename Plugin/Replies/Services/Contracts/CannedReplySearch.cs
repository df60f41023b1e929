using Nop.Core;
using Nop.Plugin.Misc.MerchantOps.Replies.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Services.Contracts;

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
