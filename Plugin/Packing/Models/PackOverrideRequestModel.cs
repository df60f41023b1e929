using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Models;

public record PackOverrideRequestModel : BaseNopModel
{
    public int BatchId { get; set; }
    public int BatchOrderId { get; set; }
    public string Reason { get; set; }
}
