using Nop.Web.Framework.Infrastructure;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Components;

/// <summary>Where the planner shows itself in nopCommerce's pages: today's agenda at the top of the admin dashboard.</summary>
public static class PlannerWidgets
{
    public static IEnumerable<(string Zone, Type Component)> Zones =>
    [
        (AdminWidgetZones.DashboardTop, typeof(PlannerAgendaViewComponent))
    ];
}
