using Microsoft.AspNetCore.Mvc;
using Nop.Core;
using Nop.Plugin.Misc.MerchantOps.Infrastructure.Web;
using Nop.Plugin.Misc.MerchantOps.Planner.Factories;
using Nop.Services.Common;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Controllers;

/// <summary>
/// The dashboard agenda's "Mine / Team" switch: kept per admin user as a generic attribute of the customer, as
/// nopCommerce keeps the state of its own dashboard cards. JSON { ok } to a request that accepts application/json,
/// else a redirect back to the local returnUrl (the dashboard).
/// </summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class PlannerAgendaController : BasePluginController
{
    private readonly IGenericAttributeService _genericAttributeService;
    private readonly IWorkContext _workContext;

    public PlannerAgendaController(IGenericAttributeService genericAttributeService, IWorkContext workContext)
    {
        _genericAttributeService = genericAttributeService;
        _workContext = workContext;
    }

    [HttpPost]
    [CheckPermission(MerchantOpsDefaults.Permissions.Planner)]
    public async Task<IActionResult> Show(bool mine, string returnUrl)
    {
        await _genericAttributeService.SaveAttributeAsync(await _workContext.GetCurrentCustomerAsync(), PlannerAgendaModelFactory.MineOnlyAttribute, mine);

        if (Request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase))
            return Json(new { ok = true });

        return this.RedirectToLocalOr(returnUrl, LocalRedirect(Url.Content("~/Admin")));
    }
}
