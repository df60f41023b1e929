using Nop.Services.Plugins;

namespace Nop.Plugin.Misc.MerchantOps.Infrastructure;

/// <summary>Where the plugin's files are: the folder of its main assembly, as nopCommerce recorded it.</summary>
public static class PluginFolder
{
    public static string Of(IPlugin plugin) =>
        Path.GetDirectoryName(plugin?.PluginDescriptor?.OriginalAssemblyFile ?? string.Empty);
}
