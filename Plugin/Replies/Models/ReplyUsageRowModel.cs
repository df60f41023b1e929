namespace Nop.Plugin.Misc.MerchantOps.Replies.Models;

public record ReplyUsageRowModel
{
    public int ReplyId { get; set; }
    public string Title { get; set; }
    public string Shortcut { get; set; }
    public string Language { get; set; }
    public int Sends { get; set; }
    public string LastSent { get; set; }
}
