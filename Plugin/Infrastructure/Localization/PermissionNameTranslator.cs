using Nop.Core.Domain.Localization;
using Nop.Core.Events;
using Nop.Services.Events;
using Nop.Services.Localization;
using Nop.Services.Plugins;

namespace Nop.Plugin.Misc.MerchantOps.Infrastructure.Localization;

/// <summary>
/// nopCommerce writes a new permission's English name into every language when it inserts it at start-up,
/// after the plugin's install imported the French names. This puts the language's own name back.
/// </summary>
public class PermissionNameTranslator :
    IConsumer<EntityInsertedEvent<LocaleStringResource>>,
    IConsumer<EntityUpdatedEvent<LocaleStringResource>>
{
    private readonly ILanguageService _languageService;
    private readonly ILocalizationService _localizationService;
    private readonly IPluginManager<IPlugin> _pluginManager;
    private readonly PluginResourceLoader _resourceLoader;

    public PermissionNameTranslator(ILanguageService languageService,
        ILocalizationService localizationService,
        IPluginManager<IPlugin> pluginManager,
        PluginResourceLoader resourceLoader)
    {
        _languageService = languageService;
        _localizationService = localizationService;
        _pluginManager = pluginManager;
        _resourceLoader = resourceLoader;
    }

    public Task HandleEventAsync(EntityInsertedEvent<LocaleStringResource> eventMessage) => TranslateAsync(eventMessage.Entity);

    public Task HandleEventAsync(EntityUpdatedEvent<LocaleStringResource> eventMessage) => TranslateAsync(eventMessage.Entity);

    private async Task TranslateAsync(LocaleStringResource resource)
    {
        if (!PermissionNameResource.IsPluginPermissionName(resource.ResourceName))
            return;

        var plugin = await _pluginManager.LoadPluginBySystemNameAsync(MerchantOpsDefaults.SystemName);
        var language = await _languageService.GetLanguageByIdAsync(resource.LanguageId);
        if (plugin is null || language is null)
            return;

        PluginResources resources;
        try
        {
            resources = await _resourceLoader.LoadAsync(PluginFolder.Of(plugin));
        }
        catch (PluginResourceException)
        {
            return; // the install or update that needs these files reports the problem
        }

        // Only ever changes a value into the file's value, so its own update event ends the chain.
        if (resources.For(language.LanguageCulture, language.UniqueSeoCode).Resources.TryGetValue(resource.ResourceName, out var name)
            && !string.Equals(resource.ResourceValue, name, StringComparison.Ordinal))
        {
            resource.ResourceValue = name;
            await _localizationService.UpdateLocaleStringResourceAsync(resource);
        }
    }
}
