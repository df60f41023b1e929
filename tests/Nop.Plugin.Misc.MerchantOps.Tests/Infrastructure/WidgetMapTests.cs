using Nop.Plugin.Misc.MerchantOps.Kpi.Components;
using Nop.Plugin.Misc.MerchantOps.Infrastructure.Widgets;
using Nop.Plugin.Misc.MerchantOps.Packing.Components;
using Nop.Plugin.Misc.MerchantOps.Replies.Components;
using Nop.Web.Framework.Infrastructure;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Infrastructure;

/// <summary>The zone → component map the features contribute to, read by the plugin class.</summary>
public class WidgetMapTests
{
    private static readonly (string Zone, Type Component)[] _first = [("zone_a", typeof(string)), ("zone_b", typeof(int))];
    private static readonly (string Zone, Type Component)[] _second = [("ZONE_A", typeof(long))];

    [Test]
    public void A_zone_shared_by_features_gets_the_composite_which_renders_their_components_in_feature_order()
    {
        var map = new WidgetMap(_first, _second);

        Assert.That(map.ComponentFor("zone_a"), Is.EqualTo(typeof(WidgetZoneViewComponent)));
        Assert.That(map.ComponentsFor("Zone_A"), Is.EqualTo(new[] { typeof(string), typeof(long) }));
    }

    [Test]
    public void A_zone_of_one_feature_gets_its_component_and_an_unknown_zone_none()
    {
        var map = new WidgetMap(_first, _second);

        Assert.That(map.ComponentFor("ZONE_B"), Is.EqualTo(typeof(int)));
        Assert.That(map.ComponentFor("admin_dashboard_top"), Is.Null);
        Assert.That(map.ComponentsFor("admin_dashboard_top"), Is.Empty);
    }

    [Test]
    public void Zones_are_listed_once_ignoring_case_in_the_order_first_given()
    {
        Assert.That(new WidgetMap(_first, _second).Zones, Is.EqualTo(new[] { "zone_a", "zone_b" }));
    }

    [Test]
    public void The_plugin_shows_packing_then_replies_on_the_order_page_replies_on_the_customer_page_and_the_agenda_then_the_kpi_cards_on_the_dashboard()
    {
        Assert.That(MerchantOpsPlugin.Widgets.Zones, Is.EqualTo(new[] { AdminWidgetZones.OrderDetailsBlock, AdminWidgetZones.CustomerDetailsBlock, AdminWidgetZones.DashboardTop }));
        Assert.That(MerchantOpsPlugin.Widgets.ComponentsFor(AdminWidgetZones.DashboardTop), Is.EqualTo(new[]
        {
            typeof(Nop.Plugin.Misc.MerchantOps.Planner.Components.PlannerAgendaViewComponent),
            typeof(KpiYesterdayViewComponent), typeof(KpiTodoViewComponent), typeof(KpiFunnelViewComponent),
            typeof(KpiOperationsViewComponent), typeof(KpiSlowCardsViewComponent)
        }));
        Assert.That(MerchantOpsPlugin.Widgets.ComponentsFor(AdminWidgetZones.OrderDetailsBlock.ToUpperInvariant()),
            Is.EqualTo(new[] { typeof(PackingOrderBlockViewComponent), typeof(ReplyCardViewComponent) }));
        Assert.That(MerchantOpsPlugin.Widgets.ComponentFor(AdminWidgetZones.CustomerDetailsBlock), Is.EqualTo(typeof(ReplyCardViewComponent)));
    }
}
