using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Models;

/// <summary>Posted by the order actions of the batch page.</summary>
public record PackingOrderActionModel : BaseNopModel
{
    public int BatchId { get; set; }
    public int BatchOrderId { get; set; }
    public int Reason { get; set; }
    public string Note { get; set; }
}
