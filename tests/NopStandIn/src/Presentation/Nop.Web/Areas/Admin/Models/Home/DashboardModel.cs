using Nop.Web.Framework.Models;

namespace Nop.Web.Areas.Admin.Models.Home;

// Real source: src/Presentation/Nop.Web/Areas/Admin/Models/Home/DashboardModel.cs
/// <summary>The admin dashboard's model; additionalData of the dashboard widget zones.</summary>
public partial record DashboardModel : BaseNopModel
{
    public bool IsLoggedInAsVendor { get; set; }
}
