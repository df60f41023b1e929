using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Security;

namespace Nop.Services.Localization;

// Real source: src/Libraries/Nop.Services/Localization/ILocalizationService.cs (subset)
public partial interface ILocalizationService
{
    Task<LocaleStringResource> GetLocaleStringResourceByNameAsync(string resourceName, int languageId, bool logIfNotFound = true);
    Task InsertLocaleStringResourceAsync(LocaleStringResource localeStringResource);
    Task UpdateLocaleStringResourceAsync(LocaleStringResource localeStringResource);
    Task<string> GetResourceAsync(string resourceKey);
    Task<string> GetResourceAsync(string resourceKey, int languageId, bool logIfNotFound = true, string defaultValue = "", bool returnEmptyIfNotFound = false);
    Task ImportResourcesFromXmlAsync(Language language, StreamReader xmlStreamReader, bool updateExistingResources = true);
    Task<string> GetLocalizedEnumAsync<TEnum>(TEnum enumValue, int? languageId = null) where TEnum : struct;
    Task SaveLocalizedPermissionNameAsync(PermissionRecord permissionRecord);
    Task DeleteLocalizedPermissionNameAsync(PermissionRecord permissionRecord);
    Task AddOrUpdateLocaleResourceAsync(string resourceName, string resourceValue, string languageCulture = null);
    Task AddOrUpdateLocaleResourceAsync(IDictionary<string, string> resources, int? languageId = null);
    Task DeleteLocaleResourceAsync(string resourceName);
    Task DeleteLocaleResourcesAsync(IList<string> resourceNames, int? languageId = null);
    Task DeleteLocaleResourcesAsync(string resourceNamePrefix, int? languageId = null);
}
