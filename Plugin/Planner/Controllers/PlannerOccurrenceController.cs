using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.MerchantOps.Planner.Domain;
using Nop.Plugin.Misc.MerchantOps.Planner.Factories;
using Nop.Plugin.Misc.MerchantOps.Planner.Services;
using Nop.Plugin.Misc.MerchantOps.Planner.Services.Contracts;
using Nop.Services.Messages;
using Nop.Web.Framework;
using Nop.Web.Framework.Mvc.Filters;
using static Nop.Plugin.Misc.MerchantOps.MerchantOpsDefaults;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Controllers;

/// <summary>
/// One occurrence of a block, named by the block and its ORIGINAL local start ("yyyy-MM-ddTHH:mm"): tick done (with an
/// optional note), undo, skip, restore, move. The week page and the dashboard's agenda post here (form fields
/// blockId, occurrenceStart, note, newStart, minutes, returnUrl); each answers JSON { ok, message } when asked
/// (Accept: application/json), else a notification and a redirect to the local returnUrl or the week page.
/// </summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class PlannerOccurrenceController : PlannerControllerBase
{
    private readonly PlannerDisplay _display;
    private readonly INotificationService _notificationService;
    private readonly IPlannerOccurrenceService _occurrenceService;

    public PlannerOccurrenceController(PlannerDisplay display,
        INotificationService notificationService,
        IPlannerOccurrenceService occurrenceService)
    {
        _display = display;
        _notificationService = notificationService;
        _occurrenceService = occurrenceService;
    }

    [HttpPost]
    [CheckPermission(Permissions.Planner)]
    public Task<IActionResult> Done(int blockId, string occurrenceStart, string note, string returnUrl) =>
        RunAsync(occurrenceStart, returnUrl, start => _occurrenceService.MarkDoneAsync(blockId, start, note));

    [HttpPost]
    [CheckPermission(Permissions.Planner)]
    public Task<IActionResult> Undo(int blockId, string occurrenceStart, string returnUrl) =>
        RunAsync(occurrenceStart, returnUrl, start => _occurrenceService.UndoAsync(blockId, start));

    [HttpPost]
    [CheckPermission(Permissions.Planner)]
    public Task<IActionResult> Skip(int blockId, string occurrenceStart, string returnUrl) =>
        RunAsync(occurrenceStart, returnUrl, start => _occurrenceService.SkipAsync(blockId, start));

    [HttpPost]
    [CheckPermission(Permissions.Planner)]
    public Task<IActionResult> Restore(int blockId, string occurrenceStart, string returnUrl) =>
        RunAsync(occurrenceStart, returnUrl, start => _occurrenceService.RestoreAsync(blockId, start));

    /// <summary>Moves the occurrence to <paramref name="newStart"/> for <paramref name="minutes"/> minutes.</summary>
    [HttpPost]
    [CheckPermission(Permissions.Planner)]
    public Task<IActionResult> Move(int blockId, string occurrenceStart, string newStart, int minutes, string returnUrl) =>
        RunAsync(occurrenceStart, returnUrl, start => PlannerDisplay.ParseLocal(newStart) is { } target
            ? _occurrenceService.MoveAsync(blockId, start, target, minutes)
            : Task.FromResult(PlannerResult.Refused(PlannerWebResourceKeys.Form.InvalidStart)));

    private async Task<IActionResult> RunAsync(string occurrenceStart, string returnUrl, Func<DateTime, Task<PlannerResult>> action)
    {
        var result = PlannerDisplay.ParseLocal(occurrenceStart) is { } start
            ? await action(start)
            : PlannerResult.Refused(PlannerResourceKeys.Occurrence.NotFound);
        return await AnswerAsync(_display, _notificationService, result.Succeeded, result.ResourceKey, returnUrl);
    }
}
