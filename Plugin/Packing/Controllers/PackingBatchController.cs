using Microsoft.AspNetCore.Mvc;
using Nop.Core;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;
using Nop.Plugin.Misc.MerchantOps.Packing.Factories;
using Nop.Plugin.Misc.MerchantOps.Packing.Models;
using Nop.Plugin.Misc.MerchantOps.Packing.Services;
using Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Services.Security;
using Nop.Web.Framework;
using Nop.Web.Framework.Mvc.Filters;
using static Nop.Plugin.Misc.MerchantOps.MerchantOpsDefaults;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Controllers;

/// <summary>The batch list and the batch page: transitions, assignee, and what happens to each order.</summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class PackingBatchController : PackingControllerBase
{
    private readonly ILocalizationService _localizationService;
    private readonly PackingResultMessages _messages;
    private readonly PackingBatchModelFactory _modelFactory;
    private readonly PackingReportModelFactory _reportModelFactory;
    private readonly INotificationService _notificationService;
    private readonly IPermissionService _permissionService;
    private readonly IPackingWorkflowService _workflowService;
    private readonly IWorkContext _workContext;

    public PackingBatchController(ILocalizationService localizationService,
        PackingResultMessages messages,
        PackingBatchModelFactory modelFactory,
        PackingReportModelFactory reportModelFactory,
        INotificationService notificationService,
        IPermissionService permissionService,
        IPackingWorkflowService workflowService,
        IWorkContext workContext)
    {
        _reportModelFactory = reportModelFactory;
        _localizationService = localizationService;
        _messages = messages;
        _modelFactory = modelFactory;
        _notificationService = notificationService;
        _permissionService = permissionService;
        _workflowService = workflowService;
        _workContext = workContext;
    }

    [HttpGet]
    [CheckPermission(Permissions.Packing)]
    public async Task<IActionResult> List() =>
        View(PackingRoutes.ViewsPath + "BatchList.cshtml", await _modelFactory.PrepareBatchSearchModelAsync());

    [HttpPost]
    [CheckPermission(Permissions.Packing)]
    public async Task<IActionResult> BatchList(PackingBatchSearchModel searchModel) =>
        Json(await _modelFactory.PrepareBatchListModelAsync(searchModel));

    /// <summary>Orders per hour of each packer and paid-to-shipped time over the last days (7 unless asked).</summary>
    [HttpGet]
    [CheckPermission(Permissions.Packing)]
    public async Task<IActionResult> Report(int days = 7) =>
        View(PackingRoutes.ViewsPath + "Report.cshtml", await _reportModelFactory.PrepareReportModelAsync(days));

    [HttpGet]
    [CheckPermission(Permissions.Packing)]
    public async Task<IActionResult> Edit(int id)
    {
        var model = await _modelFactory.PrepareBatchModelAsync(id);
        if (model == null)
            return await BatchNotVisibleAsync(_workContext, _localizationService, _notificationService);

        return View(PackingRoutes.ViewsPath + "Batch.cshtml", model);
    }

    [HttpPost]
    [CheckPermission(Permissions.Packing)]
    public async Task<IActionResult> StartPicking(int id) =>
        await BackToBatchAsync(id, await _workflowService.StartPickingAsync(id));

    /// <summary>Packing starts on the pack screen.</summary>
    [HttpPost]
    [CheckPermission(Permissions.Packing)]
    public async Task<IActionResult> StartPacking(int id)
    {
        var result = await _workflowService.StartPackingAsync(id);
        await _messages.NotifyAsync(result);
        return result.Succeeded
            ? RedirectToAction("Pack", PackingRoutes.ScreenController, new { id })
            : RedirectToAction(nameof(Edit), new { id });
    }

    [HttpPost]
    [CheckPermission(Permissions.Packing)]
    public async Task<IActionResult> Finish(int id) =>
        await BackToBatchAsync(id, await _workflowService.FinishAsync(id));

    /// <summary>Cancelling a batch claimed by someone else needs the Packing override permission.</summary>
    [HttpPost]
    [CheckPermission(Permissions.Packing)]
    public async Task<IActionResult> Cancel(int id) =>
        await BackToBatchAsync(id, await _workflowService.CancelAsync(id, await _permissionService.AuthorizeAsync(Permissions.PackingOverride)));

    [HttpPost]
    [CheckPermission(Permissions.Packing)]
    public async Task<IActionResult> AssignToMe(int id) =>
        await BackToBatchAsync(id, await _workflowService.AssignAsync(id, (await _workContext.GetCurrentCustomerAsync()).Id));

    /// <summary>Assigns the batch to a packer of the Assign list (0 = nobody).</summary>
    [HttpPost]
    [CheckPermission(Permissions.Packing)]
    public async Task<IActionResult> Assign(int id, int assigneeCustomerId) =>
        await BackToBatchAsync(id, await _workflowService.AssignAsync(id, Math.Max(0, assigneeCustomerId)));

    [HttpPost]
    [CheckPermission(Permissions.Packing)]
    public async Task<IActionResult> SkipOrder(PackingOrderActionModel model) =>
        await BackToBatchAsync(model.BatchId, await _workflowService.SkipOrderAsync(model.BatchOrderId, (PackingSkipReason)model.Reason, model.Note));

    [HttpPost]
    [CheckPermission(Permissions.Packing)]
    public async Task<IActionResult> RemoveOrder(PackingOrderActionModel model) =>
        await BackToBatchAsync(model.BatchId, await _workflowService.RemoveOrderAsync(model.BatchOrderId));

    [HttpPost]
    [CheckPermission(Permissions.Packing)]
    public async Task<IActionResult> FlagProblem(PackingOrderActionModel model) =>
        await BackToBatchAsync(model.BatchId, await _workflowService.FlagProblemAsync(model.BatchOrderId, model.Note));

    [HttpPost]
    [CheckPermission(Permissions.Packing)]
    public async Task<IActionResult> ClearProblem(PackingOrderActionModel model) =>
        await BackToBatchAsync(model.BatchId, await _workflowService.ClearProblemAsync(model.BatchOrderId));

    private async Task<IActionResult> BackToBatchAsync(int batchId, PackingResult result)
    {
        await _messages.NotifyAsync(result);
        return RedirectToAction(nameof(Edit), new { id = batchId });
    }
}
