using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Models;

/// <summary>The order page's packing card.</summary>
public record PackingOrderBlockModel : BaseNopModel
{
    public int OrderId { get; set; }
    public bool InBatch { get; set; }
    public int BatchId { get; set; }
    public string BatchName { get; set; }
    public string BatchState { get; set; }
    public string Status { get; set; }
    public string StatusCssClass { get; set; }
    public string Problem { get; set; }
    public string Note { get; set; }
    public string ShippedOn { get; set; }
    public bool CanPack { get; set; }
    public int BatchOrderId { get; set; }
}
