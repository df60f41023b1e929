using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc;
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

public record ReplyRowModel : BaseNopEntityModel
{
    public string Title { get; set; }
    public string Category { get; set; }
    public string Shortcut { get; set; }
    public string Language { get; set; }
    public string Store { get; set; }
    public bool Active { get; set; }
    public int DisplayOrder { get; set; }
}

public record ReplyListModel : BasePagedListModel<ReplyRowModel>;

/// <summary>One token of the insert list, with its group (Store, Customer, Order, Shipment).</summary>
public record ReplyTokenModel(string Group, string Token, bool OrderOnly);

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

/// <summary>The CSV import form (multipart).</summary>
public record ReplyImportModel : BaseNopModel
{
    public Microsoft.AspNetCore.Http.IFormFile ImportFile { get; set; }
}

/// <summary>Usage of every reply, most used first, and the FAQ publishing form.</summary>
public record ReplyUsageModel : BaseNopModel
{
    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Replies.Usage.From")]
    public DateTime? From { get; set; }

    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Replies.Usage.To")]
    public DateTime? To { get; set; }

    public bool CanManage { get; set; }

    public IList<ReplyUsageRowModel> Rows { get; set; } = new List<ReplyUsageRowModel>();
}

public record ReplyUsageRowModel
{
    public int ReplyId { get; set; }
    public string Title { get; set; }
    public string Shortcut { get; set; }
    public string Language { get; set; }
    public int Sends { get; set; }
    public string LastSent { get; set; }
}

/// <summary>The replies chosen for the FAQ topic.</summary>
public record ReplyFaqModel : BaseNopModel
{
    public IList<int> SelectedReplyIds { get; set; } = new List<int>();
}

/// <summary>Filters of the send log.</summary>
public record ReplySendLogSearchModel : BaseSearchModel
{
    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Replies.Log.Reply")]
    public int ReplyId { get; set; }

    /// <summary>Empty = any order.</summary>
    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Replies.Log.OrderId")]
    public int? OrderId { get; set; }

    /// <summary>Empty = any customer.</summary>
    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Replies.Log.CustomerId")]
    public int? CustomerId { get; set; }

    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Replies.Usage.From")]
    public DateTime? From { get; set; }

    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Replies.Usage.To")]
    public DateTime? To { get; set; }

    public IList<SelectListItem> AvailableReplies { get; set; } = new List<SelectListItem>();
}

public record ReplySendLogRowModel : BaseNopEntityModel
{
    public string SentOn { get; set; }
    public string SentBy { get; set; }
    public int ReplyId { get; set; }
    public string ReplyTitle { get; set; }
    public int OrderId { get; set; }
    public string OrderNumber { get; set; }
    public int CustomerId { get; set; }
    public string CustomerName { get; set; }
    public string ToEmail { get; set; }
    public string Channels { get; set; }
    public string EmailStatus { get; set; }
    public string Error { get; set; }
}

public record ReplySendLogListModel : BasePagedListModel<ReplySendLogRowModel>;
