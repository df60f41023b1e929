using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Models;

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

    /// <summary>Only the follow-up rules' sends.</summary>
    [NopResourceDisplayName("Plugins.Misc.MerchantOps.FollowUps.Log.AutomaticOnly")]
    public bool AutomaticOnly { get; set; }

    public IList<SelectListItem> AvailableReplies { get; set; } = new List<SelectListItem>();
}
