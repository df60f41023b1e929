using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Models;

/// <summary>The printable pick list of a batch.</summary>
public record PickListModel : BaseNopModel
{
    public int BatchId { get; set; }
    public string BatchName { get; set; }
    public string PrintedOn { get; set; }
    public int TotalQuantity { get; set; }
    public int OrderCount { get; set; }
    public IList<PickListLineModel> Lines { get; set; } = new List<PickListLineModel>();
}
