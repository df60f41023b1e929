using System.Xml;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Security;
using Nop.Core;
using Nop.Data;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;

/// <summary>
/// ILocalizationService writing real LocaleStringResource rows the way nopCommerce does: names stored
/// lowercased by the importer, lookups and prefix deletes case-insensitive.
/// </summary>
public class RepositoryLocalizationService : ILocalizationService
{
    private readonly ILanguageService _languageService;
    private readonly IRepository<LocaleStringResource> _resources;
    private readonly IWorkContext _workContext;

    public RepositoryLocalizationService(IRepository<LocaleStringResource> resources, ILanguageService languageService, IWorkContext workContext = null)
    {
        _resources = resources;
        _languageService = languageService;
        _workContext = workContext;
    }

    // filtered by the database (resource names are ASCII keys: LOWER() is the case-insensitive match) instead of
    // reading every row of the language (~900 after an install) for each name
    public async Task<LocaleStringResource> GetLocaleStringResourceByNameAsync(string resourceName, int languageId, bool logIfNotFound = true)
    {
        var name = resourceName.Trim().ToLowerInvariant();
        return (await _resources.Table.Where(r => r.LanguageId == languageId && r.ResourceName.ToLower() == name).ToListAsync())
            .FirstOrDefault(r => r.ResourceName.Equals(name, StringComparison.OrdinalIgnoreCase));
    }

    public Task InsertLocaleStringResourceAsync(LocaleStringResource localeStringResource) => _resources.InsertAsync(localeStringResource);

    public Task UpdateLocaleStringResourceAsync(LocaleStringResource localeStringResource) => _resources.UpdateAsync(localeStringResource);

    public async Task<string> GetResourceAsync(string resourceKey)
    {
        var language = _workContext is null ? null : await _workContext.GetWorkingLanguageAsync();
        return language is null ? string.Empty : await GetResourceAsync(resourceKey, language.Id);
    }

    public async Task<string> GetResourceAsync(string resourceKey, int languageId, bool logIfNotFound = true, string defaultValue = "", bool returnEmptyIfNotFound = false)
    {
        var resource = await GetLocaleStringResourceByNameAsync(resourceKey, languageId);
        if (resource is not null)
            return resource.ResourceValue;
        return !string.IsNullOrEmpty(defaultValue) ? defaultValue : returnEmptyIfNotFound ? string.Empty : resourceKey;
    }

    public async Task ImportResourcesFromXmlAsync(Language language, StreamReader xmlStreamReader, bool updateExistingResources = true)
    {
        var existing = (await _resources.Table.Where(r => r.LanguageId == language.Id).ToListAsync())
            .GroupBy(r => r.ResourceName.ToLowerInvariant())
            .ToDictionary(g => g.Key, g => g.First());

        var toInsert = new Dictionary<string, LocaleStringResource>();
        var toUpdate = new List<LocaleStringResource>();
        using (var reader = XmlReader.Create(xmlStreamReader))
            while (reader.ReadToFollowing("LocaleResource"))
            {
                var name = reader.GetAttribute("Name")?.ToLowerInvariant();
                using var resourceReader = reader.ReadSubtree();
                if (name is null || !resourceReader.ReadToFollowing("Value"))
                    continue;
                var value = resourceReader.ReadElementContentAsString();
                if (existing.TryGetValue(name, out var resource))
                {
                    if (!updateExistingResources)
                        continue;
                    resource.ResourceValue = value;
                    toUpdate.Add(resource);
                }
                else
                    toInsert[name] = new LocaleStringResource { LanguageId = language.Id, ResourceName = name, ResourceValue = value };
            }

        await _resources.UpdateAsync(toUpdate, false);
        await _resources.InsertAsync(toInsert.Values.ToList(), false);
    }

    public Task<string> GetLocalizedEnumAsync<TEnum>(TEnum enumValue, int? languageId = null) where TEnum : struct =>
        GetResourceAsync($"Enums.{typeof(TEnum)}.{enumValue}", languageId ?? 0);

    public async Task SaveLocalizedPermissionNameAsync(PermissionRecord permissionRecord)
    {
        var name = NopLocalizationDefaults.PermissionLocaleStringResourcesPrefix + permissionRecord.SystemName;
        foreach (var language in await _languageService.GetAllLanguagesAsync(true))
        {
            var resource = await GetLocaleStringResourceByNameAsync(name, language.Id, false);
            if (resource is null)
                await InsertLocaleStringResourceAsync(new LocaleStringResource { LanguageId = language.Id, ResourceName = name, ResourceValue = permissionRecord.Name });
            else
            {
                resource.ResourceValue = permissionRecord.Name;
                await UpdateLocaleStringResourceAsync(resource);
            }
        }
    }

    public async Task DeleteLocalizedPermissionNameAsync(PermissionRecord permissionRecord) =>
        await DeleteLocaleResourceAsync(NopLocalizationDefaults.PermissionLocaleStringResourcesPrefix + permissionRecord.SystemName);

    public async Task AddOrUpdateLocaleResourceAsync(string resourceName, string resourceValue, string languageCulture = null)
    {
        foreach (var language in await _languageService.GetAllLanguagesAsync(true))
            if (languageCulture is null || language.LanguageCulture == languageCulture)
                await UpsertAsync(language.Id, resourceName, resourceValue);
    }

    public async Task AddOrUpdateLocaleResourceAsync(IDictionary<string, string> resources, int? languageId = null)
    {
        foreach (var language in await _languageService.GetAllLanguagesAsync(true))
            if (languageId is null || language.Id == languageId)
                foreach (var (name, value) in resources)
                    await UpsertAsync(language.Id, name, value);
    }

    public Task DeleteLocaleResourceAsync(string resourceName) => DeleteLocaleResourcesAsync([resourceName]);

    public async Task DeleteLocaleResourcesAsync(IList<string> resourceNames, int? languageId = null)
    {
        var names = resourceNames.Select(n => n.ToLowerInvariant()).ToHashSet();
        await DeleteWhereAsync(r => names.Contains(r.ResourceName.ToLowerInvariant()), languageId);
    }

    public Task DeleteLocaleResourcesAsync(string resourceNamePrefix, int? languageId = null) =>
        DeleteWhereAsync(r => r.ResourceName.StartsWith(resourceNamePrefix, StringComparison.OrdinalIgnoreCase), languageId);

    private async Task DeleteWhereAsync(Func<LocaleStringResource, bool> match, int? languageId)
    {
        var all = await _resources.Table.ToListAsync();
        await _resources.DeleteAsync(all.Where(r => (languageId is null || r.LanguageId == languageId) && match(r)).ToList());
    }

    private async Task UpsertAsync(int languageId, string name, string value)
    {
        var resource = await GetLocaleStringResourceByNameAsync(name, languageId, false);
        if (resource is null)
            await _resources.InsertAsync(new LocaleStringResource { LanguageId = languageId, ResourceName = name.ToLowerInvariant(), ResourceValue = value });
        else
        {
            resource.ResourceValue = value;
            await _resources.UpdateAsync(resource);
        }
    }
}
