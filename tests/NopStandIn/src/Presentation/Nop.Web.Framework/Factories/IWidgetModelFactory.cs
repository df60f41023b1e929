using Nop.Web.Framework.Models.Cms;

namespace Nop.Web.Framework.Factories;

// Real source: src/Presentation/Nop.Web.Framework/Factories/IWidgetModelFactory.cs
public partial interface IWidgetModelFactory
{
    /// <summary>The view components of the active widget plugins that render in the zone, with arguments { widgetZone, additionalData }.</summary>
    Task<List<RenderWidgetModel>> PrepareRenderWidgetModelAsync(string widgetZone, object additionalData = null, bool useCache = true);
}
