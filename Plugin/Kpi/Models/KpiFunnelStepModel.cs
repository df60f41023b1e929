using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Models;

public record KpiFunnelStepModel : BaseNopModel
{
    public string Name { get; set; }
    public string Count { get; set; }
    public string PreviousCount { get; set; }

    /// <summary>Share of the step before who reached this one ("" for the first step), and the previous period's.</summary>
    public string Conversion { get; set; }
    public string PreviousConversion { get; set; }

    /// <summary>This step is the biggest leak of the period.</summary>
    public bool IsLeak { get; set; }
}
