using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Models;

/// <summary>The replies chosen for the FAQ topic.</summary>
public record ReplyFaqModel : BaseNopModel
{
    public IList<int> SelectedReplyIds { get; set; } = new List<int>();
}
