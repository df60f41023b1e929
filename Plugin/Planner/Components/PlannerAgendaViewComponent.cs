using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.MerchantOps.Planner.Controllers;
using Nop.Plugin.Misc.MerchantOps.Planner.Factories;
using Nop.Services.Security;
using Nop.Web.Framework.Components;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Components;

/// <summary>
/// "Today's agenda" on nopCommerce's admin dashboard (zone admin_dashboard_top). Only for users holding the Planner
/// permission: anyone else gets nothing, and nothing is read for them.
/// </summary>
public class PlannerAgendaViewComponent : NopViewComponent
{
    private readonly PlannerAgendaModelFactory _modelFactory;
    private readonly IPermissionService _permissionService;

    public PlannerAgendaViewComponent(PlannerAgendaModelFactory modelFactory, IPermissionService permissionService)
    {
        _modelFactory = modelFactory;
        _permissionService = permissionService;
    }

    public async Task<IViewComponentResult> InvokeAsync(string widgetZone, object additionalData)
    {
        if (!await _permissionService.AuthorizeAsync(MerchantOpsDefaults.Permissions.Planner))
            return Content(string.Empty);

        return View(PlannerRoutes.ViewsPath + "Agenda.cshtml", await _modelFactory.PrepareAsync());
    }
}
