using Microsoft.AspNetCore.Mvc;

namespace Nop.Web.Areas.Admin.Controllers;

// Real source: src/Presentation/Nop.Web/Areas/Admin/Controllers/SecurityController.cs (subset: AccessDenied)
/// <summary>Target of [CheckPermission] and AccessDeniedView() redirects: an "access denied" admin page.</summary>
public partial class SecurityController : BaseAdminController
{
    public virtual IActionResult AccessDenied(string pageUrl, string pageSystemNameKey)
    {
        ViewBag.PageUrl = pageUrl;
        ViewBag.PageSystemNameKey = pageSystemNameKey;
        return View();
    }
}
