using Microsoft.AspNetCore.Mvc;
using Nop.Core;
using Nop.Plugin.Misc.MerchantOps.Infrastructure.Web;
using Nop.Plugin.Misc.MerchantOps.Kpi.Services;
using Nop.Services.Common;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Controllers;

/// <summary>
/// Collapses (or expands again) nopCommerce's slow dashboard cards for the current admin only, by the very customer
/// attributes nopCommerce's own collapse buttons save (<see cref="KpiDashboardDefaults.SlowCardAttributes"/>). POST,
/// antiforgery, KPI permission; back to the local returnUrl (the dashboard).
/// </summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class KpiSlowCardsController : BasePluginController
{
    public const string Name = "KpiSlowCards";

    private readonly IGenericAttributeService _genericAttributeService;
    private readonly IWorkContext _workContext;

    public KpiSlowCardsController(IGenericAttributeService genericAttributeService, IWorkContext workContext)
    {
        _genericAttributeService = genericAttributeService;
        _workContext = workContext;
    }

    [HttpPost]
    [CheckPermission(MerchantOpsDefaults.Permissions.Kpi)]
    public Task<IActionResult> Collapse(string returnUrl) => SetAsync(true, returnUrl);

    [HttpPost]
    [CheckPermission(MerchantOpsDefaults.Permissions.Kpi)]
    public Task<IActionResult> Expand(string returnUrl) => SetAsync(false, returnUrl);

    private async Task<IActionResult> SetAsync(bool collapsed, string returnUrl)
    {
        var customer = await _workContext.GetCurrentCustomerAsync();
        // as nopCommerce's PreferencesController.SavePreference does for each card's button: the customer's own value
        foreach (var name in KpiDashboardDefaults.SlowCardAttributes)
            await _genericAttributeService.SaveAttributeAsync(customer, name, collapsed);

        return this.RedirectToLocalOr(returnUrl, LocalRedirect(Url.Content("~/Admin")));
    }
}
