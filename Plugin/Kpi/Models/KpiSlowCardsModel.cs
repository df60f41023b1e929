using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Models;

/// <summary>The offer to collapse nopCommerce's slow dashboard cards for the current admin, and its current state.</summary>
public record KpiSlowCardsModel : BaseNopModel
{
    public int Collapsed { get; set; }
    public int Total { get; set; }
    public bool AllCollapsed => Collapsed == Total;
}
