using Nop.Services.Plugins;

namespace Nop.Web.Framework.Menu;

// Real source: src/Presentation/Nop.Web.Framework/Menu/PluginAdminMenuExtensions.cs
public static partial class PluginAdminMenuExtensions
{
    /// <summary>A menu item for the plugin's configuration page (hidden when the plugin has no descriptor).</summary>
    public static AdminMenuItem GetAdminMenuItem(this IPlugin plugin, string iconClass = "far fa-dot-circle")
    {
        var descriptor = plugin?.PluginDescriptor;
        if (descriptor == null)
            return new AdminMenuItem { Visible = false };

        return new AdminMenuItem
        {
            SystemName = descriptor.SystemName,
            Title = descriptor.FriendlyName,
            IconClass = iconClass,
            Url = plugin.GetConfigurationPageUrl()
        };
    }
}
