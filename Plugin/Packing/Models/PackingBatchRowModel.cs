using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Models;

public record PackingBatchRowModel : BaseNopEntityModel
{
    public string Name { get; set; }
    public string State { get; set; }
    public string Assignee { get; set; }
    public string CreatedOn { get; set; }
    public string Progress { get; set; }
    public int Percent { get; set; }
}
