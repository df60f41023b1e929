using Microsoft.AspNetCore.Mvc;
using Nop.Web.Framework.Components;

namespace Nop.Plugin.Misc.MerchantOps.Components;

/// <summary>
/// nopCommerce asks a widget plugin for one view component per zone; the order page's zone
/// (admin_order_details_block) shows several Merchant Ops cards, so this one renders each feature's own component
/// in turn (packing, replies), each deciding for itself whether the user may see it.
/// </summary>
public class OrderDetailsBlockViewComponent : NopViewComponent
{
    public const string ViewPath = MerchantOpsDefaults.ViewsPath + "Components/OrderDetailsBlock.cshtml";

    public IViewComponentResult Invoke(string widgetZone, object additionalData) =>
        View(ViewPath, new OrderDetailsBlockModel(widgetZone, additionalData));
}

/// <summary>The zone's arguments, passed on to each card's component.</summary>
public record OrderDetailsBlockModel(string WidgetZone, object AdditionalData);
