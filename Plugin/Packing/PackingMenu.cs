using Nop.Plugin.Misc.MerchantOps.Packing.Controllers;
using Nop.Services.Localization;
using Nop.Web.Framework.Events;
using Nop.Web.Framework.Menu;

namespace Nop.Plugin.Misc.MerchantOps.Packing;

/// <summary>Packing's node under "Merchant Ops" in the admin sidebar: the queue, for packers.</summary>
public static class PackingMenu
{
    public static async Task<AdminMenuItem> BuildAsync(ILocalizationService localizationService, AdminMenuCreatedEvent menuEvent) => new()
    {
        SystemName = MerchantOpsDefaults.Menu.Packing,
        Title = await localizationService.GetResourceAsync("Plugins.Misc.MerchantOps.Menu.Packing"),
        Url = menuEvent.GetMenuItemUrl(PackingRoutes.QueueController, "Index"),
        IconClass = "far fa-dot-circle",
        PermissionNames = [MerchantOpsDefaults.Permissions.Packing]
    };
}
