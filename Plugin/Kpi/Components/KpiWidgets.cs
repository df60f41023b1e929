using Nop.Web.Framework.Infrastructure;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Components;

/// <summary>
/// Where the KPI feature shows itself in nopCommerce's pages: its cards at the top of the admin dashboard
/// (admin_dashboard_top), after the planner's agenda (features share a zone in the order of MerchantOpsPlugin.Widgets)
/// and before nopCommerce's news and statistics cards, so the owner sees them first without scrolling; the offer to
/// collapse nopCommerce's slow cards last, just above those cards.
/// </summary>
public static class KpiWidgets
{
    public static IEnumerable<(string Zone, Type Component)> Zones =>
    [
        (AdminWidgetZones.DashboardTop, typeof(KpiYesterdayViewComponent)),
        (AdminWidgetZones.DashboardTop, typeof(KpiTodoViewComponent)),
        (AdminWidgetZones.DashboardTop, typeof(KpiFunnelViewComponent)),
        (AdminWidgetZones.DashboardTop, typeof(KpiOperationsViewComponent)),
        (AdminWidgetZones.DashboardTop, typeof(KpiSlowCardsViewComponent))
    ];
}
