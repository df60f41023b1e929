using System.Text;
using Nop.Core.Domain.Localization;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.MerchantOps.Infrastructure.Localization;

/// <summary>
/// Puts the plugin's texts into the store through nopCommerce's own language-pack importer, and takes them out.
/// </summary>
public class PluginResourceInstaller
{
    private readonly ILanguageService _languageService;
    private readonly ILocalizationService _localizationService;

    public PluginResourceInstaller(ILanguageService languageService, ILocalizationService localizationService)
    {
        _languageService = languageService;
        _localizationService = localizationService;
    }

    /// <summary>Imports the right file into every installed language, hidden ones included.</summary>
    public virtual async Task ImportForAllLanguagesAsync(PluginResources resources)
    {
        foreach (var language in await _languageService.GetAllLanguagesAsync(showHidden: true))
            await ImportForLanguageAsync(resources, language);
    }

    /// <summary>Imports French for fr-* languages and English for every other; existing values are updated.</summary>
    public virtual async Task ImportForLanguageAsync(PluginResources resources, Language language)
    {
        var file = resources.For(language.LanguageCulture, language.UniqueSeoCode);
        using var reader = new StreamReader(new MemoryStream(Encoding.UTF8.GetBytes(file.Xml)), Encoding.UTF8);
        await _localizationService.ImportResourcesFromXmlAsync(language, reader);
    }

    /// <summary>Deletes every text of the plugin in every language (safe to repeat).</summary>
    public virtual async Task DeleteAllAsync()
    {
        await _localizationService.DeleteLocaleResourcesAsync(MerchantOpsDefaults.ResourcePrefix);
        await _localizationService.DeleteLocaleResourcesAsync(PermissionNameResource.Prefix);
    }
}
