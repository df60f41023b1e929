using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.MerchantOps.Kpi.Factories;
using Nop.Plugin.Misc.MerchantOps.Kpi.Services;
using Nop.Services.Security;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Components;

/// <summary>
/// The funnel of a period (query value kpiFunnelDays: 1, 7 or 28, else 7) vs the previous one, its biggest leak in
/// words. Store-wide traffic: a vendor gets nothing.
/// </summary>
public class KpiFunnelViewComponent : KpiViewComponentBase
{
    private readonly KpiDashboardModelFactory _modelFactory;

    public KpiFunnelViewComponent(KpiDashboardModelFactory modelFactory, IPermissionService permissionService) : base(permissionService)
    {
        _modelFactory = modelFactory;
    }

    public Task<IViewComponentResult> InvokeAsync(string widgetZone, object additionalData)
    {
        var days = int.TryParse(Request.Query[KpiDashboardDefaults.FunnelDaysParameter], out var asked) ? asked : KpiDashboardDefaults.DefaultFunnelDays;
        return CardAsync("Funnel.cshtml", () => _modelFactory.PrepareFunnelAsync(days));
    }
}
