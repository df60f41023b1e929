using Microsoft.AspNetCore.Mvc;
using Nop.Core;
using Nop.Web.Areas.Admin.Controllers;
using Nop.Web.Areas.Admin.Models.Home;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Kpi.Dashboard;

/// <summary>
/// Stand-in of nopCommerce's admin dashboard (Admin/Home/Index): every dashboard zone in nopCommerce's order, with
/// its DashboardModel (IsLoggedInAsVendor) as the zones' additionalData. View: Kpi/Dashboard/KpiProbe.
/// </summary>
public class KpiDashboardProbeController : BaseAdminController
{
    public const string DashboardUrl = "Admin/KpiDashboardProbe/Index";

    private readonly IWorkContext _workContext;

    public KpiDashboardProbeController(IWorkContext workContext)
    {
        _workContext = workContext;
    }

    [HttpGet]
    public async Task<IActionResult> Index() =>
        View("~/KpiProbe/Dashboard.cshtml", new DashboardModel { IsLoggedInAsVendor = await _workContext.GetCurrentVendorAsync() != null });
}
