using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Models;

public record ReplySendLogRowModel : BaseNopEntityModel
{
    public string SentOn { get; set; }
    public string SentBy { get; set; }
    /// <summary>Sent by a follow-up rule (SentBy then says "Automatic: rule").</summary>
    public bool Automatic { get; set; }
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
