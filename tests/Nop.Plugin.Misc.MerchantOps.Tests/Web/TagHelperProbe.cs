using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Areas.Admin.Controllers;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Models.DataTables;
using Nop.Web.Framework.Mvc.Filters;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Web;

/// <summary>Model of Web/TestViews/TagHelperProbe.cshtml, a page using every nopCommerce admin tag helper.</summary>
public record TagHelperProbeModel : BaseNopModel, ISettingsModel
{
    public int ActiveStoreScopeConfiguration { get; set; }

    [NopResourceDisplayName("Tests.Probe.Name")]
    public string Name { get; set; } = "Probe <name>";
    public bool Name_OverrideForStore { get; set; }

    [NopResourceDisplayName("Tests.Probe.BatchSize")]
    public int BatchSize { get; set; } = 25;

    [NopResourceDisplayName("Tests.Probe.Rate")]
    public decimal Rate { get; set; } = 1.5m;

    [NopResourceDisplayName("Tests.Probe.Enabled")]
    public bool Enabled { get; set; } = true;

    public DateTime StartsOnUtc { get; set; } = new(2025, 3, 4, 5, 6, 0, DateTimeKind.Utc);

    public string Notes { get; set; } = "first line";

    public int WarehouseId { get; set; } = 2;

    public List<int> WarehouseIds { get; set; } = [1, 2];

    public IList<SelectListItem> AvailableWarehouses { get; set; } =
        [new SelectListItem("Main", "1"), new SelectListItem("Annex", "2")];

    public DataTablesModel Grid { get; set; }
}

public class TagHelperProbeController : BaseAdminController
{
    [HttpGet]
    [CheckPermission(TestPermissionNames.Probe)]
    public IActionResult Index(int scope = 0)
    {
        var model = new TagHelperProbeModel
        {
            ActiveStoreScopeConfiguration = scope,
            Grid = new DataTablesModel
            {
                Name = "probe-grid",
                UrlRead = new DataUrl("List", "TagHelperProbe", null),
                Length = 15,
                ColumnCollection =
                [
                    new ColumnProperty("Name") { Title = "Name" },
                    new ColumnProperty("Id") { Title = "Edit", Render = new RenderButtonEdit(new DataUrl("~/Admin/TagHelperProbe/Edit/")) }
                ]
            }
        };
        return View("~/TestViews/TagHelperProbe.cshtml", model);
    }
}
