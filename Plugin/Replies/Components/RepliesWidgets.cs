using Nop.Web.Framework.Infrastructure;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Components;

/// <summary>Where replies show themselves in nopCommerce's pages: the replies card on the order and customer pages.</summary>
public static class RepliesWidgets
{
    public static IEnumerable<(string Zone, Type Component)> Zones =>
    [
        (AdminWidgetZones.OrderDetailsBlock, typeof(ReplyCardViewComponent)),
        (AdminWidgetZones.CustomerDetailsBlock, typeof(ReplyCardViewComponent))
    ];
}
