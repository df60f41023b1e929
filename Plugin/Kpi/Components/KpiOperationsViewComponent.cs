using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.MerchantOps.Kpi.Factories;
using Nop.Services.Security;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Components;

/// <summary>Operations: packing throughput, paid-to-shipped time and replies sent over the last 7 days (not for vendors).</summary>
public class KpiOperationsViewComponent : KpiViewComponentBase
{
    private readonly KpiDashboardModelFactory _modelFactory;

    public KpiOperationsViewComponent(KpiDashboardModelFactory modelFactory, IPermissionService permissionService) : base(permissionService)
    {
        _modelFactory = modelFactory;
    }

    public Task<IViewComponentResult> InvokeAsync(string widgetZone, object additionalData) =>
        CardAsync("Operations.cshtml", () => _modelFactory.PrepareOperationsAsync());
}
