using Nop.Core.Domain.Customers;

namespace Nop.Services.Plugins;

// Real source: src/Libraries/Nop.Services/Plugins/IPluginManager.cs
public partial interface IPluginManager<TPlugin> where TPlugin : class, IPlugin
{
    Task<IList<TPlugin>> LoadAllPluginsAsync(Customer customer = null, int storeId = 0);
    /// <returns>The plugin, or null when it is not (yet) installed.</returns>
    Task<TPlugin> LoadPluginBySystemNameAsync(string systemName, Customer customer = null, int storeId = 0);
    Task<IList<TPlugin>> LoadActivePluginsAsync(List<string> systemNames, Customer customer = null, int storeId = 0);
    bool IsPluginActive(TPlugin plugin, List<string> systemNames);
    Task<string> GetPluginLogoUrlAsync(TPlugin plugin);
}
