using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Models;

/// <summary>Create / edit a reply. Every field is kept as typed when the service refuses it.</summary>
public record ReplyEditModel : BaseNopEntityModel
{
    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Replies.Fields.Title")]
    public string Title { get; set; }

    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Replies.Fields.Category")]
    public string Category { get; set; }

    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Replies.Fields.Shortcut")]
    public string Shortcut { get; set; }

    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Replies.Fields.Subject")]
    public string Subject { get; set; }

    [NoTrim]
    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Replies.Fields.Body")]
    public string Body { get; set; }

    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Replies.Fields.Language")]
    public int LanguageId { get; set; }

    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Replies.Fields.Store")]
    public int StoreId { get; set; }

    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Replies.Fields.Active")]
    public bool Active { get; set; } = true;

    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Replies.Fields.DisplayOrder")]
    public int DisplayOrder { get; set; }

    public bool IsSeeded { get; set; }

    /// <summary>Tokens of the reply that nopCommerce does not know (a warning: the reply is saved anyway).</summary>
    public IList<string> UnknownTokens { get; set; } = new List<string>();

    public IList<SelectListItem> AvailableLanguages { get; set; } = new List<SelectListItem>();
    public IList<SelectListItem> AvailableStores { get; set; } = new List<SelectListItem>();
    public IList<string> KnownCategories { get; set; } = new List<string>();
    public IList<ReplyTokenModel> Tokens { get; set; } = new List<ReplyTokenModel>();
}
