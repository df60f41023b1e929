using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.MerchantOps.Infrastructure.Web;
using Nop.Plugin.Misc.MerchantOps.Planner.Factories;
using Nop.Services.Messages;
using Nop.Web.Framework.Controllers;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Controllers;

/// <summary>
/// How planner actions answer: JSON <c>{ ok, message }</c> to a script that asks for it (Accept: application/json),
/// else a notification and a redirect to a local return URL (never another site) or the week page.
/// </summary>
public abstract class PlannerControllerBase : BasePluginController
{
    protected bool WantsJson() =>
        Request.Headers.Accept.Any(value => value?.Contains("application/json", StringComparison.OrdinalIgnoreCase) == true);

    protected async Task<IActionResult> AnswerAsync(PlannerDisplay display, INotificationService notificationService, bool succeeded,
        string resourceKey, string returnUrl)
    {
        var message = await display.TextAsync(resourceKey);
        if (WantsJson())
            return Json(new { ok = succeeded, message });

        if (succeeded)
            notificationService.SuccessNotification(message);
        else
            notificationService.ErrorNotification(message);

        return this.RedirectToLocalOr(returnUrl, RedirectToAction("Index", PlannerRoutes.WeekController));
    }
}
