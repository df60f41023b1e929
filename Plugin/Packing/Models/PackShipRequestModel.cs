using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Models;

public record PackShipRequestModel : BaseNopModel
{
    public int BatchId { get; set; }
    public int BatchOrderId { get; set; }
    public string TrackingNumber { get; set; }

    /// <summary>Typed text, parsed with the admin's culture (a comma in French).</summary>
    public string Weight { get; set; }
}
