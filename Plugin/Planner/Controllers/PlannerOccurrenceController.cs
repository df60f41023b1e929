using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.MerchantOps.Planner.Services;
using Nop.Plugin.Misc.MerchantOps.Planner.Services.Contracts;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;
using Keys = Nop.Plugin.Misc.MerchantOps.Planner.Domain.PlannerResourceKeys;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Controllers;

/// <summary>
/// Ticks an occurrence done and undoes it (the dashboard agenda, the week view). The occurrence is named by its block
/// and original local start ("yyyy-MM-ddTHH:mm", the store's zone). Answers JSON { ok, message } to a request that
/// accepts application/json; otherwise a notification and a redirect to the local returnUrl (else the planner).
/// </summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class PlannerOccurrenceController : BasePluginController
{
    private const string OccurrenceStartFormat = "yyyy-MM-ddTHH:mm";
    private const string PlannerUrl = "~/Admin/Planner/Index";

    private readonly ILocalizationService _localizationService;
    private readonly INotificationService _notificationService;
    private readonly IPlannerOccurrenceService _occurrenceService;

    public PlannerOccurrenceController(ILocalizationService localizationService,
        INotificationService notificationService,
        IPlannerOccurrenceService occurrenceService)
    {
        _localizationService = localizationService;
        _notificationService = notificationService;
        _occurrenceService = occurrenceService;
    }

    [HttpPost]
    [CheckPermission(MerchantOpsDefaults.Permissions.Planner)]
    public async Task<IActionResult> Done(int blockId, string occurrenceStart, string note, string returnUrl)
    {
        var result = TryParseStart(occurrenceStart, out var start)
            ? await _occurrenceService.MarkDoneAsync(blockId, start, note)
            : PlannerResult.Refused(Keys.Occurrence.NotFound);
        return await AnswerAsync(result, returnUrl);
    }

    [HttpPost]
    [CheckPermission(MerchantOpsDefaults.Permissions.Planner)]
    public async Task<IActionResult> Undo(int blockId, string occurrenceStart, string returnUrl)
    {
        var result = TryParseStart(occurrenceStart, out var start)
            ? await _occurrenceService.UndoAsync(blockId, start)
            : PlannerResult.Refused(Keys.Occurrence.NotFound);
        return await AnswerAsync(result, returnUrl);
    }

    private static bool TryParseStart(string text, out DateTime start) =>
        DateTime.TryParseExact(text, OccurrenceStartFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out start);

    private async Task<IActionResult> AnswerAsync(PlannerResult result, string returnUrl)
    {
        var message = await _localizationService.GetResourceAsync(result.ResourceKey);
        var accept = Request.Headers.Accept.ToString();
        if (accept.Contains("application/json", StringComparison.OrdinalIgnoreCase))
            return Json(new { ok = result.Succeeded, message });

        if (result.Succeeded)
            _notificationService.SuccessNotification(message);
        else
            _notificationService.ErrorNotification(message);

        return !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl)
            ? LocalRedirect(returnUrl)
            : LocalRedirect(Url.Content(PlannerUrl));
    }
}
