using Microsoft.AspNetCore.Mvc;

namespace Nop.Plugin.Misc.MerchantOps.Infrastructure.Web;

/// <summary>Back to the page a form came from, only when it is this site's own (never a redirect to another site).</summary>
public static class LocalReturn
{
    public static IActionResult RedirectToLocalOr(this ControllerBase controller, string returnUrl, IActionResult fallback) =>
        !string.IsNullOrEmpty(returnUrl) && controller.Url.IsLocalUrl(returnUrl) ? controller.LocalRedirect(returnUrl) : fallback;
}
