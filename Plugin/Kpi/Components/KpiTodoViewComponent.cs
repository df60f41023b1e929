using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.MerchantOps.Kpi.Factories;
using Nop.Services.Security;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Components;

/// <summary>To do today: the work waiting in the lists the user may open, and abandoned carts.</summary>
public class KpiTodoViewComponent : KpiViewComponentBase
{
    private readonly KpiDashboardModelFactory _modelFactory;

    public KpiTodoViewComponent(KpiDashboardModelFactory modelFactory, IPermissionService permissionService) : base(permissionService)
    {
        _modelFactory = modelFactory;
    }

    public Task<IViewComponentResult> InvokeAsync(string widgetZone, object additionalData) =>
        CardAsync("Todo.cshtml", () => _modelFactory.PrepareTodoAsync());
}
