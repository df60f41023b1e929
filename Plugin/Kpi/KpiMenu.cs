using Nop.Services.Localization;
using Nop.Web.Framework.Events;
using Nop.Web.Framework.Menu;

namespace Nop.Plugin.Misc.MerchantOps.Kpi;

/// <summary>The KPI feature's nodes under "Merchant Ops": Today (first, the owner's morning page) and KPI.</summary>
public static class KpiMenu
{
    public static async Task<AdminMenuItem> BuildTodayAsync(ILocalizationService localizationService, AdminMenuCreatedEvent menuEvent) => new()
    {
        SystemName = MerchantOpsDefaults.Menu.Today,
        Title = await localizationService.GetResourceAsync("Plugins.Misc.MerchantOps.Menu.Today"),
        Url = menuEvent.GetMenuItemUrl(KpiRoutes.TodayController, "Index"),
        IconClass = "far fa-dot-circle",
        PermissionNames = [MerchantOpsDefaults.Permissions.Kpi]
    };

    public static async Task<AdminMenuItem> BuildKpiAsync(ILocalizationService localizationService, AdminMenuCreatedEvent menuEvent) => new()
    {
        SystemName = MerchantOpsDefaults.Menu.Kpi,
        Title = await localizationService.GetResourceAsync("Plugins.Misc.MerchantOps.Menu.Kpi"),
        Url = menuEvent.GetMenuItemUrl(KpiRoutes.KpiController, "Index"),
        IconClass = "far fa-dot-circle",
        PermissionNames = [MerchantOpsDefaults.Permissions.Kpi]
    };
}
