using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.MerchantOps.Kpi.Factories;
using Nop.Services.Security;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Components;

/// <summary>The offer to collapse nopCommerce's slow dashboard cards for the current admin (not for vendors).</summary>
public class KpiSlowCardsViewComponent : KpiViewComponentBase
{
    private readonly KpiDashboardModelFactory _modelFactory;

    public KpiSlowCardsViewComponent(KpiDashboardModelFactory modelFactory, IPermissionService permissionService) : base(permissionService)
    {
        _modelFactory = modelFactory;
    }

    public Task<IViewComponentResult> InvokeAsync(string widgetZone, object additionalData) =>
        CardAsync("SlowCards.cshtml", () => _modelFactory.PrepareSlowCardsAsync());
}
