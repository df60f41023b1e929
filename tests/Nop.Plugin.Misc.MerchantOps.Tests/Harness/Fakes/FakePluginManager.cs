using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Domain.Customers;
using Nop.Services.Plugins;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;

/// <summary>The plugin classes of the host (the plugin assembly's IPlugin types), their descriptors (from plugin.json) and which are installed.</summary>
public sealed class TestPlugins
{
    public List<PluginDescriptor> Descriptors { get; } = new();

    /// <summary>System names of the installed plugins (all of them by default); remove one to simulate "not installed yet".</summary>
    public HashSet<string> Installed { get; } = new(StringComparer.OrdinalIgnoreCase);
}

/// <summary>
/// nopCommerce's plugin manager over the host's plugin classes: like nopCommerce, LoadPluginBySystemNameAsync
/// returns only installed plugins (null otherwise), each instance created from the container with its descriptor set.
/// </summary>
public sealed class FakePluginManager<TPlugin> : IPluginManager<TPlugin> where TPlugin : class, IPlugin
{
    private readonly IServiceProvider _services;
    private readonly TestPlugins _plugins;

    public FakePluginManager(IServiceProvider services, TestPlugins plugins)
    {
        _services = services;
        _plugins = plugins;
    }

    /// <summary>Installed plugins of the type, filtered by descriptor before any is created (as nopCommerce does).</summary>
    private IEnumerable<TPlugin> Installed(Func<PluginDescriptor, bool> filter = null) => _plugins.Descriptors
        .Where(descriptor => _plugins.Installed.Contains(descriptor.SystemName) && typeof(TPlugin).IsAssignableFrom(descriptor.PluginType))
        .Where(descriptor => filter?.Invoke(descriptor) ?? true)
        .Select(descriptor => (TPlugin)_services.GetRequiredService(descriptor.PluginType));

    public Task<IList<TPlugin>> LoadAllPluginsAsync(Customer customer = null, int storeId = 0) =>
        Task.FromResult<IList<TPlugin>>(Installed().ToList());

    public Task<TPlugin> LoadPluginBySystemNameAsync(string systemName, Customer customer = null, int storeId = 0) =>
        Task.FromResult(Installed(descriptor => string.Equals(descriptor.SystemName, systemName, StringComparison.OrdinalIgnoreCase)).FirstOrDefault());

    public Task<IList<TPlugin>> LoadActivePluginsAsync(List<string> systemNames, Customer customer = null, int storeId = 0) =>
        Task.FromResult<IList<TPlugin>>(Installed(descriptor => systemNames?.Contains(descriptor.SystemName, StringComparer.InvariantCultureIgnoreCase) ?? false).ToList());

    public bool IsPluginActive(TPlugin plugin, List<string> systemNames) =>
        plugin?.PluginDescriptor?.SystemName is { } name && (systemNames?.Contains(name, StringComparer.InvariantCultureIgnoreCase) ?? false);

    public Task<string> GetPluginLogoUrlAsync(TPlugin plugin) =>
        Task.FromResult($"/Plugins/{plugin?.PluginDescriptor?.SystemName}/logo.png");
}
