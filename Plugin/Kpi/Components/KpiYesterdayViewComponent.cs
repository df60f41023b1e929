using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.MerchantOps.Kpi.Factories;
using Nop.Services.Security;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Components;

/// <summary>Yesterday at a glance: yesterday's sales (a vendor's own) vs the same weekday a week before and the 4-week average.</summary>
public class KpiYesterdayViewComponent : KpiViewComponentBase
{
    private readonly KpiDashboardModelFactory _modelFactory;

    public KpiYesterdayViewComponent(KpiDashboardModelFactory modelFactory, IPermissionService permissionService) : base(permissionService)
    {
        _modelFactory = modelFactory;
    }

    public Task<IViewComponentResult> InvokeAsync(string widgetZone, object additionalData) =>
        CardAsync("Yesterday.cshtml", () => _modelFactory.PrepareYesterdayAsync());
}
