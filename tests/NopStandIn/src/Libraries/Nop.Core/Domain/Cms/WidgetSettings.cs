using Nop.Core.Configuration;

namespace Nop.Core.Domain.Cms;

// Real source: src/Libraries/Nop.Core/Domain/Cms/WidgetSettings.cs
public partial class WidgetSettings : ISettings
{
    public WidgetSettings()
    {
        ActiveWidgetSystemNames = new List<string>();
    }

    public List<string> ActiveWidgetSystemNames { get; set; }
}
