using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Models;

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
