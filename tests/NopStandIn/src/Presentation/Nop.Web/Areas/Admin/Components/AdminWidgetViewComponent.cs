using Microsoft.AspNetCore.Mvc;
using Nop.Web.Framework.Components;
using Nop.Web.Framework.Factories;

namespace Nop.Web.Areas.Admin.Components;

// Real source: src/Presentation/Nop.Web/Areas/Admin/Components/AdminWidgetViewComponent.cs
/// <summary>Renders an admin widget zone: <c>@await Component.InvokeAsync(typeof(AdminWidgetViewComponent), new { widgetZone, additionalData })</c>.</summary>
public partial class AdminWidgetViewComponent : NopViewComponent
{
    protected readonly IWidgetModelFactory _widgetModelFactory;

    public AdminWidgetViewComponent(IWidgetModelFactory widgetModelFactory)
    {
        _widgetModelFactory = widgetModelFactory;
    }

    public async Task<IViewComponentResult> InvokeAsync(string widgetZone, object additionalData = null)
    {
        var widgets = await _widgetModelFactory.PrepareRenderWidgetModelAsync(widgetZone, additionalData, false);
        if (!widgets.Any())
            return Content(string.Empty);

        return View(widgets);
    }
}
