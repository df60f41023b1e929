using Microsoft.AspNetCore.Mvc;
using Nop.Core;
using Nop.Plugin.Misc.MerchantOps.Kpi.Components;
using Nop.Plugin.Misc.MerchantOps.Kpi.Models;
using Nop.Services.Security;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Controllers;

/// <summary>
/// Merchant Ops → Today (/Admin/MerchantOpsToday/Index, <see cref="KpiRoutes.TodayController"/>): yesterday, to do
/// today, the funnel and today's planner agenda on one page. The page renders the dashboard's own cards (each checks
/// its permission and scope again); the agenda only for users holding Planner.
/// </summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class MerchantOpsTodayController : BasePluginController
{
    private readonly IPermissionService _permissionService;
    private readonly IStoreContext _storeContext;

    public MerchantOpsTodayController(IPermissionService permissionService, IStoreContext storeContext)
    {
        _permissionService = permissionService;
        _storeContext = storeContext;
    }

    [HttpGet]
    [CheckPermission(MerchantOpsDefaults.Permissions.Kpi)]
    public async Task<IActionResult> Index() =>
        View(KpiViewComponentBase.ViewsPath + "Today.cshtml", new KpiTodayModel
        {
            StoreName = (await _storeContext.GetCurrentStoreAsync())?.Name,
            ShowAgenda = await _permissionService.AuthorizeAsync(MerchantOpsDefaults.Permissions.Planner)
        });
}
