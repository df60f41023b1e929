using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Models;

/// <summary>Posted by the pack screen (AJAX).</summary>
public record PackScanRequestModel : BaseNopModel
{
    public int BatchId { get; set; }
    public int BatchOrderId { get; set; }
    public string Code { get; set; }
}
