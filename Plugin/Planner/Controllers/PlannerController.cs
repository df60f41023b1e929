using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.MerchantOps.Planner.Domain;
using Nop.Plugin.Misc.MerchantOps.Planner.Factories;
using Nop.Plugin.Misc.MerchantOps.Planner.Models;
using Nop.Plugin.Misc.MerchantOps.Planner.Services;
using Nop.Services.Messages;
using Nop.Web.Framework;
using Nop.Web.Framework.Mvc.Filters;
using static Nop.Plugin.Misc.MerchantOps.MerchantOpsDefaults;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Controllers;

/// <summary>
/// Merchant Ops → Planner: the week of a store, the block form (create, edit with its edit scope, delete), the
/// default routine, and the move of a one-off block by mouse or keyboard (occurrences of a series move through
/// <see cref="PlannerOccurrenceController"/>). Everything needs the Planner permission.
/// </summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class PlannerController : PlannerControllerBase
{
    /// <summary>Notes may be 10,000 characters; a larger form still reaches the service, which says why it is refused.</summary>
    private const int FormValueLimit = 4 * 1024 * 1024;

    private readonly IPlannerBlockService _blockService;
    private readonly PlannerBlockModelFactory _blockModelFactory;
    private readonly PlannerDisplay _display;
    private readonly INotificationService _notificationService;
    private readonly IPlannerRoutineService _routineService;
    private readonly PlannerWeekModelFactory _weekModelFactory;

    public PlannerController(IPlannerBlockService blockService,
        PlannerBlockModelFactory blockModelFactory,
        PlannerDisplay display,
        INotificationService notificationService,
        IPlannerRoutineService routineService,
        PlannerWeekModelFactory weekModelFactory)
    {
        _blockService = blockService;
        _blockModelFactory = blockModelFactory;
        _display = display;
        _notificationService = notificationService;
        _routineService = routineService;
        _weekModelFactory = weekModelFactory;
    }

    /// <summary>The week holding <paramref name="day"/> ("yyyy-MM-dd", else today); <paramref name="mine"/>: my blocks only.</summary>
    [HttpGet]
    [CheckPermission(Permissions.Planner)]
    public async Task<IActionResult> Index(int storeId = 0, string day = null, bool mine = false) =>
        View(PlannerRoutes.ViewsPath + "Week.cshtml", await _weekModelFactory.PrepareWeekModelAsync(storeId, day, mine));

    /// <summary>Creates the store's default routine in English or French; a second click is told it exists already.</summary>
    [HttpPost]
    [CheckPermission(Permissions.Planner)]
    public async Task<IActionResult> CreateRoutine(int storeId, string culture)
    {
        storeId = await _weekModelFactory.ResolveStoreAsync(storeId);
        var result = await _routineService.CreateDefaultAsync(storeId, culture == "fr" ? "fr-FR" : "en-US");
        await NotifyAsync(result.Created, result.ResourceKey);
        return RedirectToAction(nameof(Index), new { storeId });
    }

    /// <summary>The form of a new block at <paramref name="start"/> ("yyyy-MM-ddTHH:mm"; else today 09:00).</summary>
    [HttpGet]
    [CheckPermission(Permissions.Planner)]
    public async Task<IActionResult> Create(int storeId = 0, string start = null)
    {
        storeId = await _weekModelFactory.ResolveStoreAsync(storeId);
        var at = PlannerDisplay.ParseLocal(start) ?? (await _weekModelFactory.TodayAsync(storeId)).ToDateTime(new TimeOnly(9, 0));
        return View(PlannerRoutes.ViewsPath + "Edit.cshtml", await _blockModelFactory.PrepareCreateModelAsync(storeId, at));
    }

    [HttpPost]
    [CheckPermission(Permissions.Planner)]
    [RequestFormLimits(ValueLengthLimit = FormValueLimit, MultipartBodyLengthLimit = FormValueLimit)]
    [RequestSizeLimit(FormValueLimit)]
    public async Task<IActionResult> Create(PlannerBlockEditModel model)
    {
        model.Id = 0;
        model.StoreId = await _weekModelFactory.ResolveStoreAsync(model.StoreId);
        var (request, error) = await _blockModelFactory.ToRequestAsync(model);
        if (error != null)
            return await FormAsync(model, error);

        var result = await _blockService.CreateAsync(request);
        if (!result.Succeeded)
            return await FormAsync(model, result.ResourceKey);

        await NotifyAsync(true, result.ResourceKey);
        return BackToWeek(model.StoreId, request.StartLocal);
    }

    /// <summary>
    /// The block's form; from an occurrence of a series (<paramref name="occurrence"/>: its original start, with
    /// <paramref name="start"/> and <paramref name="minutes"/> where it is shown) the form asks what the edit is for.
    /// </summary>
    [HttpGet]
    [CheckPermission(Permissions.Planner)]
    public async Task<IActionResult> Edit(int id, string occurrence = null, string start = null, int? minutes = null)
    {
        var block = await _blockService.GetBlockAsync(id);
        if (block == null)
            return await NotFoundAsync();

        var model = await _blockModelFactory.PrepareEditModelAsync(block, PlannerDisplay.ParseLocal(occurrence), PlannerDisplay.ParseLocal(start), minutes);
        return View(PlannerRoutes.ViewsPath + "Edit.cshtml", model);
    }

    /// <summary>
    /// Saves the block if nobody saved it since the form was read (<see cref="PlannerBlockEditModel.Version"/>); for a
    /// series, this occurrence, this and following, or all (an edit of all from an occurrence shifts the series by
    /// what the occurrence's start was changed by).
    /// </summary>
    [HttpPost]
    [CheckPermission(Permissions.Planner)]
    [RequestFormLimits(ValueLengthLimit = FormValueLimit, MultipartBodyLengthLimit = FormValueLimit)]
    [RequestSizeLimit(FormValueLimit)]
    public async Task<IActionResult> Edit(PlannerBlockEditModel model)
    {
        var block = await _blockService.GetBlockAsync(model.Id);
        if (block == null)
            return await NotFoundAsync();

        model.StoreId = block.StoreId;
        var (request, error) = await _blockModelFactory.ToRequestAsync(model, block);
        if (error != null)
            return await FormAsync(model, error, block);

        var scope = Enum.IsDefined(typeof(PlannerEditScope), model.Scope) ? (PlannerEditScope)model.Scope : PlannerEditScope.All;
        var occurrence = PlannerDisplay.ParseLocal(model.OccurrenceStart);
        if (!block.IsRecurring || occurrence == null)
            scope = PlannerEditScope.All;
        else if (scope == PlannerEditScope.All)
            request = request with { StartLocal = block.StartLocal + (request.StartLocal - (PlannerDisplay.ParseLocal(model.ShownStart) ?? occurrence.Value)) };

        var result = await _blockService.UpdateAsync(block.Id, model.Version, request, scope, occurrence);
        if (!result.Succeeded)
        {
            model.ChangedMeanwhile = result.ResourceKey == PlannerResourceKeys.Block.ChangedMeanwhile;
            return await FormAsync(model, result.ResourceKey, block);
        }

        await NotifyAsync(true, result.ResourceKey);
        return BackToWeek(block.StoreId, scope == PlannerEditScope.All && block.IsRecurring ? occurrence ?? request.StartLocal : request.StartLocal);
    }

    [HttpPost]
    [CheckPermission(Permissions.Planner)]
    public async Task<IActionResult> Delete(int id, int version)
    {
        var block = await _blockService.GetBlockAsync(id);
        if (block == null)
            return await NotFoundAsync();

        var result = await _blockService.DeleteAsync(id, version);
        await NotifyAsync(result.Succeeded, result.ResourceKey);
        return result.Succeeded
            ? BackToWeek(block.StoreId, block.StartLocal)
            : RedirectToAction(nameof(Edit), new { id });
    }

    /// <summary>
    /// Moves (or resizes) a one-off block from the week page: its start and duration change, nothing else; the block's
    /// version read by the page is checked. Answers JSON { ok, message, version } to a script, else redirects.
    /// </summary>
    [HttpPost]
    [CheckPermission(Permissions.Planner)]
    public async Task<IActionResult> MoveBlock(int blockId, int version, string newStart, int minutes, string returnUrl)
    {
        var block = await _blockService.GetBlockAsync(blockId);
        var target = PlannerDisplay.ParseLocal(newStart);
        string key;
        var succeeded = false;
        var newVersion = version;
        if (block == null)
            key = PlannerResourceKeys.Block.NotFound;
        else if (target == null)
            key = PlannerWebResourceKeys.Form.InvalidStart;
        else if (block.IsRecurring)
            key = PlannerResourceKeys.Recurrence.NotRecurring;
        else
        {
            var result = await _blockService.UpdateAsync(blockId, version, PlannerBlockModelFactory.RequestFrom(block) with
            {
                StartLocal = target.Value,
                DurationMinutes = minutes
            });
            (succeeded, key, newVersion) = (result.Succeeded, result.ResourceKey, result.Succeeded ? result.Version : version);
        }

        if (WantsJson())
            return Json(new { ok = succeeded, message = await _display.TextAsync(key), version = newVersion });

        return await AnswerAsync(_display, _notificationService, succeeded, key, returnUrl);
    }

    private async Task<IActionResult> FormAsync(PlannerBlockEditModel model, string resourceKey, Nop.Plugin.Misc.MerchantOps.Planner.Domain.PlannerBlock block = null)
    {
        ModelState.AddModelError(string.Empty, await _display.TextAsync(resourceKey));
        return View(PlannerRoutes.ViewsPath + "Edit.cshtml", await _blockModelFactory.PrepareListsAsync(model, block));
    }

    private IActionResult BackToWeek(int storeId, DateTime day) =>
        RedirectToAction(nameof(Index), new { storeId, day = PlannerDisplay.Date(DateOnly.FromDateTime(day)) });

    private async Task<IActionResult> NotFoundAsync()
    {
        await NotifyAsync(false, PlannerResourceKeys.Block.NotFound);
        return RedirectToAction(nameof(Index));
    }

    private async Task NotifyAsync(bool succeeded, string resourceKey)
    {
        var message = await _display.TextAsync(resourceKey);
        if (succeeded)
            _notificationService.SuccessNotification(message);
        else
            _notificationService.ErrorNotification(message);
    }
}
