using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Nop.Core;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Security;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;

/// <summary>
/// Locale resources in memory, per language: the plugin's built Localization/*.en-US.xml (English, id 1) and
/// *.fr-FR.xml (French, id 2), plus the few stock admin texts the stand-in layouts show. Like nopCommerce, a
/// missing resource comes back as its key trimmed and lowercased. Changes are logged to <see cref="WriteLog"/>.
/// </summary>
public sealed partial class InMemoryLocalizationService : ILocalizationService
{
    private readonly ConcurrentDictionary<(int LanguageId, string Name), string> _resources = new();
    private readonly IWorkContext _workContext;
    private readonly WriteLog _writes;

    public InMemoryLocalizationService(IWorkContext workContext, WriteLog writes, string pluginLocalizationFolder)
    {
        _workContext = workContext;
        _writes = writes;

        foreach (var (name, english, french) in StockResources)
        {
            _resources[(1, Key(name))] = english;
            _resources[(2, Key(name))] = french;
        }

        if (Directory.Exists(pluginLocalizationFolder))
            foreach (var file in Directory.GetFiles(pluginLocalizationFolder, "*.xml"))
            {
                var languageId = file.EndsWith(".fr-FR.xml", StringComparison.OrdinalIgnoreCase) ? 2
                    : file.EndsWith(".en-US.xml", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
                if (languageId == 0)
                    continue;

                foreach (var (name, value) in Parse(File.ReadAllText(file)))
                    _resources[(languageId, Key(name))] = value;
            }
    }

    /// <summary>Stock admin texts used by the stand-in layouts (stand-in wording, English and French).</summary>
    public static readonly (string Name, string English, string French)[] StockResources =
    [
        ("Admin.PageTitle", "Store administration", "Administration de la boutique"),
        ("Admin.Header.PublicStore", "Public store", "Boutique"),
        ("Admin.AccessDenied", "Access denied", "Accès refusé"),
        ("Admin.AccessDenied.Description", "You are not allowed to do this.", "Vous n'avez pas le droit de faire cela."),
        ("Admin.Configuration.Plugins.Misc.Configure", "Configure", "Configurer"),
        ("Admin.Configuration.Plugins.Misc.BackToList", "back to the plugin list", "retour à la liste des plugins"),
        ("Admin.ContentManagement.Widgets.Configure", "Configure widget", "Configurer le widget"),
        ("Admin.ContentManagement.Widgets.BackToList", "back to the widget list", "retour à la liste des widgets"),
        ("Admin.Configuration.Settings.StoreScope", "Store scope", "Portée"),
        ("Admin.Configuration.Settings.StoreScope.AllStores", "All stores", "Toutes les boutiques"),
        ("Admin.Configuration.Settings.StoreScope.CheckAll", "Check all", "Tout cocher"),
        ("Admin.Configuration.Settings.StoreScope.CheckAll.Hint", "(override the values of every setting for this store)", "(remplacer toutes les valeurs pour cette boutique)"),
        ("Admin.Common.Save", "Save", "Enregistrer"),
        ("Admin.Common.Edit", "Edit", "Modifier"),
        ("Admin.Common.View", "View", "Voir"),
        ("Admin.Common.Delete", "Delete", "Supprimer"),
        ("Admin.Common.Yes", "Yes", "Oui"),
        ("Admin.Common.NoCancel", "No, cancel", "Non, annuler"),
        ("Admin.Common.Ok", "OK", "OK"),
        ("Admin.Common.Alert", "Information", "Information"),
        ("Admin.Common.AreYouSure", "Are you sure?", "Êtes-vous sûr ?"),
        ("Admin.Common.ActionConfirmation", "Do you want to do this?", "Voulez-vous faire cela ?"),
        ("Admin.Common.DeleteConfirmation", "Do you want to delete this item?", "Voulez-vous supprimer cet élément ?"),
        // the grid's texts (the "Table" partial passes them to DataTables; _START_, _END_, _TOTAL_, _MAX_, _MENU_ are DataTables' placeholders)
        ("Admin.DT.EmptyTable", "Nothing to show", "Rien à afficher"),
        ("Admin.DT.Info", "_START_-_END_ of _TOTAL_", "_START_-_END_ sur _TOTAL_"),
        ("Admin.DT.InfoEmpty", "None", "Aucun"),
        ("Admin.DT.InfoFiltered", "(out of _MAX_)", "(sur _MAX_)"),
        ("Admin.DT.Thousands", ",", " "),
        ("Admin.DT.LengthMenu", "Show _MENU_", "Afficher _MENU_"),
        ("Admin.DT.LoadingRecords", "Loading", "Chargement"),
        ("Admin.DT.LoaderIcon", "Working", "En cours"),
        ("Admin.DT.Search", "Search", "Rechercher"),
        ("Admin.DT.ZeroRecords", "Nothing found", "Rien trouvé"),
        ("Admin.DT.Paginate.First", "First", "Début"),
        ("Admin.DT.Paginate.Last", "Last", "Fin"),
        ("Admin.DT.Paginate.Next", "Next", "Suivant"),
        ("Admin.DT.Paginate.previous", "Previous", "Précédent"),
        ("Admin.DT.Aria.SortAscending", "sort up", "trier en montant"),
        ("Admin.DT.Aria.SortDescending", "sort down", "trier en descendant"),
        ("Admin.Common.Validation.NotEmpty", "{0} is required.", "{0} est obligatoire.")
    ];

    private static string Key(string name) => (name ?? string.Empty).Trim().ToLowerInvariant();

    private static IEnumerable<(string Name, string Value)> Parse(string xml) =>
        XDocument.Parse(xml).Root?.Elements("LocaleResource")
            .Select(element => ((string)element.Attribute("Name"), (string)element.Element("Value")))
            .Where(pair => !string.IsNullOrEmpty(pair.Item1))
        ?? Enumerable.Empty<(string, string)>();

    /// <summary>Adds or replaces a resource without logging it as a write (test setup).</summary>
    public void Seed(string name, string value, int languageId = 1) => _resources[(languageId, Key(name))] = value;

    public IReadOnlyDictionary<string, string> ResourcesOf(int languageId) =>
        _resources.Where(pair => pair.Key.LanguageId == languageId).ToDictionary(pair => pair.Key.Name, pair => pair.Value);

    private async Task<int> WorkingLanguageIdAsync() => (await _workContext.GetWorkingLanguageAsync())?.Id ?? 1;

    private void Set(int languageId, string name, string value, string operation)
    {
        _resources[(languageId, Key(name))] = value;
        _writes.Record("locale resource", $"{operation} {name} (language {languageId})");
    }

    public Task<LocaleStringResource> GetLocaleStringResourceByNameAsync(string resourceName, int languageId, bool logIfNotFound = true) =>
        Task.FromResult(_resources.TryGetValue((languageId, Key(resourceName)), out var value)
            ? new LocaleStringResource { LanguageId = languageId, ResourceName = Key(resourceName), ResourceValue = value }
            : null);

    public Task InsertLocaleStringResourceAsync(LocaleStringResource localeStringResource)
    {
        Set(localeStringResource.LanguageId, localeStringResource.ResourceName, localeStringResource.ResourceValue, "insert");
        return Task.CompletedTask;
    }

    public Task UpdateLocaleStringResourceAsync(LocaleStringResource localeStringResource)
    {
        Set(localeStringResource.LanguageId, localeStringResource.ResourceName, localeStringResource.ResourceValue, "update");
        return Task.CompletedTask;
    }

    public async Task<string> GetResourceAsync(string resourceKey) =>
        await GetResourceAsync(resourceKey, await WorkingLanguageIdAsync());

    public Task<string> GetResourceAsync(string resourceKey, int languageId, bool logIfNotFound = true, string defaultValue = "", bool returnEmptyIfNotFound = false)
    {
        var key = Key(resourceKey);
        if (_resources.TryGetValue((languageId, key), out var value) && !string.IsNullOrEmpty(value))
            return Task.FromResult(value);
        if (!string.IsNullOrEmpty(defaultValue))
            return Task.FromResult(defaultValue);
        return Task.FromResult(returnEmptyIfNotFound ? string.Empty : key);
    }

    public async Task ImportResourcesFromXmlAsync(Language language, StreamReader xmlStreamReader, bool updateExistingResources = true)
    {
        foreach (var (name, value) in Parse(await xmlStreamReader.ReadToEndAsync()))
        {
            if (!updateExistingResources && _resources.ContainsKey((language.Id, Key(name))))
                continue;
            Set(language.Id, name, value, "import");
        }
    }

    public async Task<string> GetLocalizedEnumAsync<TEnum>(TEnum enumValue, int? languageId = null) where TEnum : struct
    {
        var name = $"Enums.{typeof(TEnum)}.{enumValue}";
        var text = await GetResourceAsync(name, languageId ?? await WorkingLanguageIdAsync(), logIfNotFound: false, returnEmptyIfNotFound: true);
        return string.IsNullOrEmpty(text) ? SplitWords().Replace(enumValue.ToString() ?? string.Empty, " $1").Trim() : text;
    }

    [GeneratedRegex("(?<=[a-z])([A-Z])")]
    private static partial Regex SplitWords();

    public Task SaveLocalizedPermissionNameAsync(PermissionRecord permissionRecord)
    {
        Set(1, NopLocalizationDefaults.PermissionLocaleStringResourcesPrefix + permissionRecord.SystemName, permissionRecord.Name, "insert");
        return Task.CompletedTask;
    }

    public Task DeleteLocalizedPermissionNameAsync(PermissionRecord permissionRecord) =>
        DeleteLocaleResourceAsync(NopLocalizationDefaults.PermissionLocaleStringResourcesPrefix + permissionRecord.SystemName);

    public Task AddOrUpdateLocaleResourceAsync(string resourceName, string resourceValue, string languageCulture = null)
    {
        foreach (var languageId in LanguagesFor(languageCulture))
            Set(languageId, resourceName, resourceValue, "add or update");
        return Task.CompletedTask;
    }

    public Task AddOrUpdateLocaleResourceAsync(IDictionary<string, string> resources, int? languageId = null)
    {
        foreach (var (name, value) in resources)
        foreach (var id in languageId.HasValue ? [languageId.Value] : new[] { 1, 2 })
            Set(id, name, value, "add or update");
        return Task.CompletedTask;
    }

    private static int[] LanguagesFor(string culture) => culture switch
    {
        null or "" => [1, 2],
        _ when culture.StartsWith("fr", StringComparison.OrdinalIgnoreCase) => [2],
        _ => [1]
    };

    public Task DeleteLocaleResourceAsync(string resourceName)
    {
        foreach (var key in _resources.Keys.Where(key => key.Name == Key(resourceName)).ToList())
            _resources.TryRemove(key, out _);
        _writes.Record("locale resource", $"delete {resourceName}");
        return Task.CompletedTask;
    }

    public Task DeleteLocaleResourcesAsync(IList<string> resourceNames, int? languageId = null)
    {
        var names = resourceNames.Select(Key).ToHashSet();
        foreach (var key in _resources.Keys.Where(key => names.Contains(key.Name) && (languageId == null || key.LanguageId == languageId)).ToList())
            _resources.TryRemove(key, out _);
        _writes.Record("locale resource", $"delete {resourceNames.Count} resources");
        return Task.CompletedTask;
    }

    public Task DeleteLocaleResourcesAsync(string resourceNamePrefix, int? languageId = null)
    {
        var prefix = Key(resourceNamePrefix);
        foreach (var key in _resources.Keys.Where(key => key.Name.StartsWith(prefix, StringComparison.Ordinal) && (languageId == null || key.LanguageId == languageId)).ToList())
            _resources.TryRemove(key, out _);
        _writes.Record("locale resource", $"delete prefix {resourceNamePrefix}");
        return Task.CompletedTask;
    }
}
