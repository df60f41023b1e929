namespace Nop.Web.Framework.Models.Cms;

// Real source: src/Presentation/Nop.Web.Framework/Models/Cms/RenderWidgetModel.cs
public partial record RenderWidgetModel : BaseNopModel
{
    public Type WidgetViewComponent { get; set; }

    /// <summary>The component's arguments: a RouteValueDictionary { widgetZone, additionalData }.</summary>
    public object WidgetViewComponentArguments { get; set; }
}
