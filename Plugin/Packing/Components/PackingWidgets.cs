using Nop.Web.Framework.Infrastructure;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Components;

/// <summary>Where packing shows itself in nopCommerce's pages: the packing card on the order page.</summary>
public static class PackingWidgets
{
    public static IEnumerable<(string Zone, Type Component)> Zones =>
    [
        (AdminWidgetZones.OrderDetailsBlock, typeof(PackingOrderBlockViewComponent))
    ];
}
