using Microsoft.AspNetCore.Mvc;
using Nop.Web.Framework.Components;

namespace Nop.Plugin.Misc.MerchantOps.Infrastructure.Widgets;

/// <summary>
/// nopCommerce asks a widget plugin for one view component per zone; where several features show a card in the same
/// zone (the order page: packing, then replies), this one renders each feature's component in turn, in the order of
/// <see cref="MerchantOpsPlugin.Widgets"/>, each deciding for itself whether the user may see it.
/// </summary>
public class WidgetZoneViewComponent : NopViewComponent
{
    public const string ViewPath = MerchantOpsDefaults.ViewsPath + "Widgets/WidgetZone.cshtml";

    public IViewComponentResult Invoke(string widgetZone, object additionalData) =>
        View(ViewPath, new WidgetZoneModel(widgetZone, additionalData, MerchantOpsPlugin.Widgets.ComponentsFor(widgetZone)));
}
