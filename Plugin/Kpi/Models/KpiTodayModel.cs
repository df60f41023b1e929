using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Models;

/// <summary>Merchant Ops → Today: which parts the page shows (each part checks its own permission again).</summary>
public record KpiTodayModel : BaseNopModel
{
    public string StoreName { get; set; }
    public bool ShowAgenda { get; set; }
}
