using Microsoft.AspNetCore.Mvc;
using Nop.Web.Areas.Admin.Controllers;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Planner.Web;

/// <summary>
/// Stand-in of nopCommerce's admin dashboard (Admin/Home/Index) as far as the agenda card is concerned: the admin
/// layout and the zone admin_dashboard_top. View: Planner/Web/PlannerProbe (served by the planner tests' host).
/// </summary>
public class PlannerDashboardProbeController : BaseAdminController
{
    public const string DashboardUrl = "Admin/PlannerDashboardProbe/Index";

    [HttpGet]
    public IActionResult Index() => View("~/PlannerProbe/Dashboard.cshtml");
}
