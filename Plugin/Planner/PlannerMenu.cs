using Nop.Plugin.Misc.MerchantOps.Planner.Controllers;
using Nop.Services.Localization;
using Nop.Web.Framework.Events;
using Nop.Web.Framework.Menu;

namespace Nop.Plugin.Misc.MerchantOps.Planner;

/// <summary>The planner's node under "Merchant Ops" in the admin sidebar: the week of the store.</summary>
public static class PlannerMenu
{
    public static async Task<AdminMenuItem> BuildAsync(ILocalizationService localizationService, AdminMenuCreatedEvent menuEvent) => new()
    {
        SystemName = MerchantOpsDefaults.Menu.Planner,
        Title = await localizationService.GetResourceAsync("Plugins.Misc.MerchantOps.Menu.Planner"),
        Url = menuEvent.GetMenuItemUrl(PlannerRoutes.WeekController, "Index"),
        IconClass = "far fa-dot-circle",
        PermissionNames = [MerchantOpsDefaults.Permissions.Planner]
    };
}
