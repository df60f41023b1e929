using System.Linq.Expressions;
using System.Reflection;
using Nop.Core;
using Nop.Core.Domain.Localization;
using Nop.Data;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;

/// <summary>
/// ILocalizedEntityService over real LocalizedProperty rows, keyed as nopCommerce keys them: LocaleKeyGroup = the
/// entity's type name, LocaleKey = the property name. Saving an empty value deletes the row.
/// </summary>
public class RepositoryLocalizedEntityService : ILocalizedEntityService
{
    private readonly IRepository<LocalizedProperty> _properties;

    public RepositoryLocalizedEntityService(IRepository<LocalizedProperty> properties)
    {
        _properties = properties;
    }

    public async Task<IList<LocalizedProperty>> GetEntityLocalizedPropertiesAsync(int entityId, string localeKeyGroup, string localeKey) =>
        await _properties.Table.Where(p => p.EntityId == entityId && p.LocaleKeyGroup == localeKeyGroup && p.LocaleKey == localeKey).ToListAsync();

    public async Task<string> GetLocalizedValueAsync(int languageId, int entityId, string localeKeyGroup, string localeKey) =>
        (await _properties.Table.FirstOrDefaultAsync(p => p.LanguageId == languageId && p.EntityId == entityId
            && p.LocaleKeyGroup == localeKeyGroup && p.LocaleKey == localeKey))?.LocaleValue ?? string.Empty;

    public Task SaveLocalizedValueAsync<T>(T entity, Expression<Func<T, string>> keySelector, string localeValue, int languageId)
        where T : BaseEntity, ILocalizedEntity =>
        SaveLocalizedValueAsync<T, string>(entity, keySelector, localeValue, languageId);

    public async Task SaveLocalizedValueAsync<T, TPropType>(T entity, Expression<Func<T, TPropType>> keySelector, TPropType localeValue, int languageId)
        where T : BaseEntity, ILocalizedEntity
    {
        if (keySelector.Body is not MemberExpression { Member: PropertyInfo property })
            throw new ArgumentException("The key selector must be a property.", nameof(keySelector));

        var group = typeof(T).Name;
        var value = localeValue == null ? string.Empty : Convert.ToString(localeValue, System.Globalization.CultureInfo.InvariantCulture);
        var existing = await _properties.Table.FirstOrDefaultAsync(p => p.EntityId == entity.Id && p.LanguageId == languageId
            && p.LocaleKeyGroup == group && p.LocaleKey == property.Name);

        if (existing != null)
        {
            if (string.IsNullOrWhiteSpace(value))
                await _properties.DeleteAsync(existing);
            else if (existing.LocaleValue != value)
            {
                existing.LocaleValue = value;
                await _properties.UpdateAsync(existing);
            }
        }
        else if (!string.IsNullOrWhiteSpace(value))
        {
            await _properties.InsertAsync(new LocalizedProperty
            {
                EntityId = entity.Id,
                LanguageId = languageId,
                LocaleKeyGroup = group,
                LocaleKey = property.Name,
                LocaleValue = value
            });
        }
    }
}
