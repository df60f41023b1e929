using Microsoft.AspNetCore.Mvc;
using Nop.Core;
using Nop.Plugin.Misc.MerchantOps.Packing.Factories;
using Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Web.Framework;
using Nop.Web.Framework.Mvc.Filters;
using static Nop.Plugin.Misc.MerchantOps.MerchantOpsDefaults;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Controllers;

/// <summary>Printed and exported papers of a batch: the pick list (page and CSV) and the packaging slips.</summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class PackingPrintController : PackingControllerBase
{
    private readonly ILocalizationService _localizationService;
    private readonly PackingPrintModelFactory _modelFactory;
    private readonly INotificationService _notificationService;
    private readonly IWorkContext _workContext;

    public PackingPrintController(ILocalizationService localizationService,
        PackingPrintModelFactory modelFactory,
        INotificationService notificationService,
        IWorkContext workContext)
    {
        _localizationService = localizationService;
        _modelFactory = modelFactory;
        _notificationService = notificationService;
        _workContext = workContext;
    }

    [HttpGet]
    [CheckPermission(Permissions.Packing)]
    public async Task<IActionResult> PickList(int id)
    {
        var model = await _modelFactory.PreparePickListModelAsync(id);
        if (model == null)
            return await BatchNotVisibleAsync(_workContext, _localizationService, _notificationService);

        return View(PackingRoutes.ViewsPath + "PickList.cshtml", model);
    }

    [HttpGet]
    [CheckPermission(Permissions.Packing)]
    public async Task<IActionResult> PickListCsv(int id)
    {
        var csv = await _modelFactory.PreparePickListCsvAsync(id);
        if (csv == null)
            return await BatchNotVisibleAsync(_workContext, _localizationService, _notificationService);

        return File(csv, "text/csv; charset=utf-8", $"pick-list-{id}.csv");
    }

    [HttpGet]
    [CheckPermission(Permissions.Packing)]
    public async Task<IActionResult> Slips(int id)
    {
        var model = await _modelFactory.PrepareSlipsModelAsync(id);
        if (model == null)
            return await BatchNotVisibleAsync(_workContext, _localizationService, _notificationService);

        return View(PackingRoutes.ViewsPath + "Slips.cshtml", model);
    }
}
