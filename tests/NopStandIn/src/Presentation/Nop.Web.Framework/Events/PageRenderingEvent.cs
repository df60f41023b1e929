using Nop.Web.Framework.UI;

namespace Nop.Web.Framework.Events;

// Real source: src/Presentation/Nop.Web.Framework/Events/PageRenderingEvent.cs
/// <summary>Published by the layouts before a page is rendered.</summary>
public partial class PageRenderingEvent
{
    public PageRenderingEvent(INopHtmlHelper helper, string overriddenRouteName = null)
    {
        Helper = helper;
        OverriddenRouteName = overriddenRouteName;
    }

    public INopHtmlHelper Helper { get; protected set; }

    public string OverriddenRouteName { get; protected set; }

    /// <summary>The overridden route name when one was given, else the name of the matched endpoint route.</summary>
    public string GetRouteName(bool handleDefaultRoutes = false) =>
        !string.IsNullOrEmpty(OverriddenRouteName) ? OverriddenRouteName : Helper.GetRouteName(handleDefaultRoutes);
}
