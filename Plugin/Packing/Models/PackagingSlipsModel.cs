using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Models;

/// <summary>Packaging slips of a batch: one page per order.</summary>
public record PackagingSlipsModel : BaseNopModel
{
    public int BatchId { get; set; }
    public string BatchName { get; set; }
    public IList<PackagingSlipModel> Slips { get; set; } = new List<PackagingSlipModel>();
}
