using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Models;

/// <summary>Packing figures over the last days: orders per hour of each packer, and how long customers waited.</summary>
public record PackingReportModel : BaseNopModel
{
    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Packing.Report.Period")]
    public int Days { get; set; }

    public IList<SelectListItem> AvailablePeriods { get; set; } = new List<SelectListItem>();

    public IList<PackerThroughputModel> Packers { get; set; } = new List<PackerThroughputModel>();

    public int ShippedOrders { get; set; }
    public string AverageWait { get; set; }
    public string MedianWait { get; set; }
    public string Percentile90Wait { get; set; }
    public string LongestWait { get; set; }
}
