using Microsoft.AspNetCore.Mvc;
using Nop.Core;
using Nop.Plugin.Misc.MerchantOps.Packing.Factories;
using Nop.Plugin.Misc.MerchantOps.Packing.Models;
using Nop.Plugin.Misc.MerchantOps.Packing.Services;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Web.Framework;
using Nop.Web.Framework.Mvc.Filters;
using static Nop.Plugin.Misc.MerchantOps.MerchantOpsDefaults;
using ShipKeys = Nop.Plugin.Misc.MerchantOps.Packing.Domain.PackingResourceKeys.Ship;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Controllers;

/// <summary>The pack screen: one order at a time, scanned item by item, then shipped (scan and ship are AJAX).</summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class PackingScreenController : PackingControllerBase
{
    private readonly ILocalizationService _localizationService;
    private readonly PackingResultMessages _messages;
    private readonly PackScreenModelFactory _modelFactory;
    private readonly INotificationService _notificationService;
    private readonly IPackingScanService _scanService;
    private readonly IPackingShipService _shipService;
    private readonly IWorkContext _workContext;

    public PackingScreenController(ILocalizationService localizationService,
        PackingResultMessages messages,
        PackScreenModelFactory modelFactory,
        INotificationService notificationService,
        IPackingScanService scanService,
        IPackingShipService shipService,
        IWorkContext workContext)
    {
        _localizationService = localizationService;
        _messages = messages;
        _modelFactory = modelFactory;
        _notificationService = notificationService;
        _scanService = scanService;
        _shipService = shipService;
        _workContext = workContext;
    }

    /// <param name="id">The batch.</param>
    /// <param name="batchOrderId">The order of the batch to show; 0 = the next one to pack.</param>
    [HttpGet]
    [CheckPermission(Permissions.Packing)]
    public async Task<IActionResult> Pack(int id, int batchOrderId = 0)
    {
        var model = await _modelFactory.PreparePackScreenModelAsync(id, batchOrderId);
        if (model == null)
            return await BatchNotVisibleAsync(_workContext, _localizationService, _notificationService);

        return View(PackingRoutes.ViewsPath + "Pack.cshtml", model);
    }

    [HttpPost]
    [CheckPermission(Permissions.Packing)]
    public async Task<IActionResult> Scan(PackScanRequestModel model) =>
        Json(await _modelFactory.PrepareScanResultAsync(await _scanService.ScanAsync(model.BatchId, model.BatchOrderId, model.Code)));

    /// <summary>Idempotent on the server: a second click or tab gets "already shipped" or "in progress", never a second shipment.</summary>
    [HttpPost]
    [CheckPermission(Permissions.Packing)]
    public async Task<IActionResult> Ship(PackShipRequestModel model)
    {
        var request = await _modelFactory.PrepareShipRequestAsync(model);
        if (request == null)
            return Json(await _modelFactory.PrepareRefusedShipResultAsync(ShipKeys.InvalidWeight));

        return Json(await _modelFactory.PrepareShipResultAsync(await _shipService.ShipAsync(model.BatchOrderId, request)));
    }

    /// <summary>Marks the order packed without scanning the rest: needs the Packing override permission too.</summary>
    [HttpPost]
    [CheckPermission(Permissions.Packing)]
    [CheckPermission(Permissions.PackingOverride)]
    public async Task<IActionResult> Override(PackOverrideRequestModel model)
    {
        await _messages.NotifyAsync(await _scanService.OverrideAsync(model.BatchOrderId, model.Reason));
        return RedirectToAction(nameof(Pack), new { id = model.BatchId, batchOrderId = model.BatchOrderId });
    }
}
