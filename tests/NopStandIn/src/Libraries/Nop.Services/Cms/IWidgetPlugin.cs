using Nop.Services.Plugins;

namespace Nop.Services.Cms;

// Real source: src/Libraries/Nop.Services/Cms/IWidgetPlugin.cs
public partial interface IWidgetPlugin : IPlugin
{
    bool HideInWidgetList { get; }
    Task<IList<string>> GetWidgetZonesAsync();
    Type GetWidgetViewComponent(string widgetZone);
}
