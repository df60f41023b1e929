using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Models;

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
