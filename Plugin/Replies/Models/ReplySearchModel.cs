using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Models;

/// <summary>Filters of the reply library.</summary>
public record ReplySearchModel : BaseSearchModel
{
    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Replies.Search.Keywords")]
    public string SearchKeywords { get; set; }

    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Replies.Search.Category")]
    public string SearchCategory { get; set; }

    /// <summary>-1 any language, 0 "all languages" only, otherwise that language (with the "all languages" ones).</summary>
    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Replies.Search.Language")]
    public int SearchLanguageId { get; set; } = -1;

    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Replies.Search.Store")]
    public int SearchStoreId { get; set; }

    /// <summary>0 any, 1 active only, 2 inactive only.</summary>
    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Replies.Search.Active")]
    public int SearchActiveId { get; set; }

    public bool CanManage { get; set; }

    public IList<SelectListItem> AvailableCategories { get; set; } = new List<SelectListItem>();
    public IList<SelectListItem> AvailableLanguages { get; set; } = new List<SelectListItem>();
    public IList<SelectListItem> AvailableStores { get; set; } = new List<SelectListItem>();
    public IList<SelectListItem> AvailableActive { get; set; } = new List<SelectListItem>();
}
