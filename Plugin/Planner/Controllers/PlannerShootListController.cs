using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.MerchantOps.Planner.Factories;
using Nop.Services.Security;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;
using static Nop.Plugin.Misc.MerchantOps.MerchantOpsDefaults;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Controllers;

/// <summary>
/// The shoot list: published products without pictures (a vendor's own), what to photograph and how to name the files,
/// page by page, and as CSV. Needs the Planner permission and nopCommerce's product view permission (both, as
/// nopCommerce's own screens stack their permission filters).
/// </summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class PlannerShootListController : BasePluginController
{
    private readonly PlannerShootListModelFactory _modelFactory;
    private readonly TimeProvider _timeProvider;

    public PlannerShootListController(PlannerShootListModelFactory modelFactory, TimeProvider timeProvider)
    {
        _modelFactory = modelFactory;
        _timeProvider = timeProvider;
    }

    [HttpGet]
    [CheckPermission(Permissions.Planner)]
    [CheckPermission(StandardPermission.Catalog.PRODUCTS_VIEW)]
    public async Task<IActionResult> List(int page = 1) =>
        View(PlannerRoutes.ViewsPath + "ShootList.cshtml", await _modelFactory.PrepareAsync(page));

    [HttpGet]
    [CheckPermission(Permissions.Planner)]
    [CheckPermission(StandardPermission.Catalog.PRODUCTS_VIEW)]
    public async Task<IActionResult> Csv()
    {
        var csv = await _modelFactory.PrepareCsvAsync();
        var stamp = _timeProvider.GetUtcNow().UtcDateTime.ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture);
        return File(csv, "text/csv; charset=utf-8", $"shoot-list-{stamp}.csv");
    }
}
