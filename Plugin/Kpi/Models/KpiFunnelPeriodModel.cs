using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Models;

/// <summary>One choice of the funnel's period switch (a link).</summary>
public record KpiFunnelPeriodModel : BaseNopModel
{
    public int Days { get; set; }
    public string Text { get; set; }
    public string Url { get; set; }
    public bool Selected { get; set; }
}
