using System.Xml.Linq;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Security;
using Nop.Data;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;

/// <summary>
/// nopCommerce's ILocalizationService for the data apps, read-only: the plugin's texts straight from the
/// repository's Localization/MerchantOps.en-US.xml and .fr-FR.xml (a language row's culture picks the file; English
/// when none), the few nopCommerce texts the plugin and the row-writing fakes ask for (<see cref="StockTexts"/>, our
/// wording), and an enum value's name as its localized name. A missing resource is null, or the default value
/// asked for. Writes are accepted and not kept (<see cref="RepositoryLocalizationService"/> keeps resources as rows,
/// <see cref="InMemoryLocalizationService"/> in memory for the web host).
/// </summary>
public class PluginTextLocalizationService : ILocalizationService
{
    private static readonly Dictionary<string, Dictionary<string, string>> Resources = new()
    {
        ["en"] = LoadResources("MerchantOps.en-US.xml"),
        ["fr"] = LoadResources("MerchantOps.fr-FR.xml")
    };

    /// <summary>The store's text of nopCommerce's stock history message for a shipped item (our wording, {0}: the order id).</summary>
    public const string StockShippedMessage = "Stock taken out for order #{0}, shipped";

    /// <summary>nopCommerce's own resources the plugin's services read, in English.</summary>
    public static readonly IReadOnlyDictionary<string, string> StockTexts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [RepositoryOrderProcessingService.StockShippedResourceKey] = StockShippedMessage
    };

    private readonly IRepository<Language> _languages;

    public PluginTextLocalizationService(IRepository<Language> languages)
    {
        _languages = languages;
    }

    /// <summary>The plugin's text of <paramref name="key"/> in "en" or "fr"; null when the file has none.</summary>
    public static string Resource(string language, string key) =>
        Resources[language].TryGetValue(key, out var value) ? value : null;

    public Task<string> GetResourceAsync(string resourceKey) =>
        Task.FromResult(StockTexts.TryGetValue(resourceKey, out var stock) ? stock : Resource("en", resourceKey));

    public async Task<string> GetResourceAsync(string resourceKey, int languageId, bool logIfNotFound = true, string defaultValue = "",
        bool returnEmptyIfNotFound = false)
    {
        var language = await _languages.GetByIdAsync(languageId);
        return Resource(language?.LanguageCulture?[..2] ?? "en", resourceKey) ?? defaultValue;
    }

    public Task<string> GetLocalizedEnumAsync<TEnum>(TEnum enumValue, int? languageId = null) where TEnum : struct =>
        Task.FromResult(enumValue.ToString());

    public async Task<LocaleStringResource> GetLocaleStringResourceByNameAsync(string resourceName, int languageId, bool logIfNotFound = true)
    {
        var value = await GetResourceAsync(resourceName, languageId, defaultValue: null);
        return value is null ? null : new LocaleStringResource { LanguageId = languageId, ResourceName = resourceName, ResourceValue = value };
    }

    public Task InsertLocaleStringResourceAsync(LocaleStringResource localeStringResource) => Task.CompletedTask;

    public Task UpdateLocaleStringResourceAsync(LocaleStringResource localeStringResource) => Task.CompletedTask;

    public Task ImportResourcesFromXmlAsync(Language language, StreamReader xmlStreamReader, bool updateExistingResources = true) => Task.CompletedTask;

    public Task SaveLocalizedPermissionNameAsync(PermissionRecord permissionRecord) => Task.CompletedTask;

    public Task DeleteLocalizedPermissionNameAsync(PermissionRecord permissionRecord) => Task.CompletedTask;

    public Task AddOrUpdateLocaleResourceAsync(string resourceName, string resourceValue, string languageCulture = null) => Task.CompletedTask;

    public Task AddOrUpdateLocaleResourceAsync(IDictionary<string, string> resources, int? languageId = null) => Task.CompletedTask;

    public Task DeleteLocaleResourceAsync(string resourceName) => Task.CompletedTask;

    public Task DeleteLocaleResourcesAsync(IList<string> resourceNames, int? languageId = null) => Task.CompletedTask;

    public Task DeleteLocaleResourcesAsync(string resourceNamePrefix, int? languageId = null) => Task.CompletedTask;

    private static Dictionary<string, string> LoadResources(string file) =>
        XDocument.Load(TestPaths.InRepository("Localization", file)).Root!.Elements("LocaleResource")
            .ToDictionary(e => e.Attribute("Name")!.Value, e => e.Element("Value")!.Value, StringComparer.OrdinalIgnoreCase);
}
