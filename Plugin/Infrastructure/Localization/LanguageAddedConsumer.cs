using Nop.Core.Domain.Localization;
using Nop.Core.Events;
using Nop.Services.Events;
using Nop.Services.Logging;
using Nop.Services.Plugins;

namespace Nop.Plugin.Misc.MerchantOps.Infrastructure.Localization;

/// <summary>A language added after install gets the plugin's texts too (French for fr-*, English otherwise).</summary>
public class LanguageAddedConsumer : IConsumer<EntityInsertedEvent<Language>>
{
    private readonly ILogger _logger;
    private readonly IPluginManager<IPlugin> _pluginManager;
    private readonly PluginResourceInstaller _resourceInstaller;
    private readonly PluginResourceLoader _resourceLoader;

    public LanguageAddedConsumer(ILogger logger,
        IPluginManager<IPlugin> pluginManager,
        PluginResourceInstaller resourceInstaller,
        PluginResourceLoader resourceLoader)
    {
        _logger = logger;
        _pluginManager = pluginManager;
        _resourceInstaller = resourceInstaller;
        _resourceLoader = resourceLoader;
    }

    public async Task HandleEventAsync(EntityInsertedEvent<Language> eventMessage)
    {
        var plugin = await _pluginManager.LoadPluginBySystemNameAsync(MerchantOpsDefaults.SystemName);
        if (plugin is null)
            return;

        try
        {
            var resources = await _resourceLoader.LoadAsync(PluginFolder.Of(plugin));
            await _resourceInstaller.ImportForLanguageAsync(resources, eventMessage.Entity);
        }
        catch (PluginResourceException exception)
        {
            await _logger.ErrorAsync($"Merchant Ops: the texts for the new language '{eventMessage.Entity.Name}' were not added. {exception.Message}", exception);
        }
    }
}
