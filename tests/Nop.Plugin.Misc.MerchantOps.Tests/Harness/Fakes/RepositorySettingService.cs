using System.ComponentModel;
using System.Linq.Expressions;
using System.Reflection;
using Nop.Core.Caching;
using Nop.Core.Configuration;
using Nop.Core.Domain.Configuration;
using Nop.Data;
using Nop.Services.Configuration;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;

/// <summary>
/// ISettingService writing real Setting rows with nopCommerce's conventions: key "class.property" lowercased,
/// per-store values falling back to the shared one, invariant-culture text values, lists comma separated.
/// Given a static cache, it reads settings as nopCommerce's SettingService does: all of them at once, kept in the cache
/// as one dictionary of lowercased name → the rows of every store (key "Nop.setting.all.dictionary.", the default cache
/// time), and every write clears the settings' cache prefix "Nop.setting." (through the cache, so on a web farm with
/// the distributed cache every instance reads the new value; without it each instance keeps its own copy).
/// </summary>
public class RepositorySettingService : ISettingService
{
    /// <summary>nopCommerce's NopSettingsDefaults.SettingsAllAsDictionaryCacheKey (Nop.Services, not in the stand-in).</summary>
    public static readonly CacheKey AllSettingsCacheKey = new("Nop.setting.all.dictionary.");

    private readonly IRepository<Setting> _settings;
    private readonly IStaticCacheManager _cache;

    public RepositorySettingService(IRepository<Setting> settings, IStaticCacheManager cache = null)
    {
        _settings = settings;
        _cache = cache;
    }

    public async Task<Setting> GetSettingAsync(string key, int storeId = 0, bool loadSharedValueIfNotFound = false)
    {
        key = Normalize(key);
        var candidates = _cache is null
            ? await _settings.Table.Where(s => s.Name == key && (s.StoreId == storeId || s.StoreId == 0)).ToListAsync()
            : (await AllSettingsAsync()).TryGetValue(key, out var rows) ? rows : [];
        return candidates.FirstOrDefault(s => s.StoreId == storeId)
            ?? (loadSharedValueIfNotFound && storeId > 0 ? candidates.FirstOrDefault(s => s.StoreId == 0) : null);
    }

    private Task<Dictionary<string, List<Setting>>> AllSettingsAsync() =>
        _cache.GetAsync(_cache.PrepareKeyForDefaultCache(AllSettingsCacheKey), async () =>
            (await _settings.Table.ToListAsync())
            .GroupBy(s => Normalize(s.Name))
            .ToDictionary(group => group.Key,
                group => group.Select(s => new Setting { Id = s.Id, Name = s.Name, Value = s.Value, StoreId = s.StoreId }).ToList()));

    public async Task<T> GetSettingByKeyAsync<T>(string key, T defaultValue = default, int storeId = 0, bool loadSharedValueIfNotFound = false)
    {
        var setting = await GetSettingAsync(key, storeId, loadSharedValueIfNotFound);
        return setting is null ? defaultValue : (T)FromText(typeof(T), setting.Value);
    }

    public Task SetSettingAsync<T>(string key, T value, int storeId = 0, bool clearCache = true) =>
        SetSettingAsync(typeof(T), key, value, storeId);

    public async Task<IList<Setting>> GetAllSettingsAsync() => await _settings.Table.OrderBy(s => s.Name).ThenBy(s => s.StoreId).ToListAsync();

    public async Task<bool> SettingExistsAsync<T, TPropType>(T settings, Expression<Func<T, TPropType>> keySelector, int storeId = 0)
        where T : ISettings, new() =>
        await GetSettingAsync(GetSettingKey(settings, keySelector), storeId) is not null;

    public async Task<T> LoadSettingAsync<T>(int storeId = 0) where T : ISettings, new()
    {
        var settings = new T();
        foreach (var property in WritableProperties(typeof(T)))
        {
            var setting = await GetSettingAsync($"{typeof(T).Name}.{property.Name}", storeId, loadSharedValueIfNotFound: true);
            if (setting is not null)
                property.SetValue(settings, FromText(property.PropertyType, setting.Value));
        }

        return settings;
    }

    public async Task SaveSettingAsync<T>(T settings, int storeId = 0) where T : ISettings, new()
    {
        foreach (var property in WritableProperties(typeof(T)))
            await SetSettingAsync(property.PropertyType, $"{typeof(T).Name}.{property.Name}", property.GetValue(settings), storeId);
    }

    public async Task SaveSettingAsync<T, TPropType>(T settings, Expression<Func<T, TPropType>> keySelector, int storeId = 0, bool clearCache = true)
        where T : ISettings, new() =>
        await SetSettingAsync(typeof(TPropType), GetSettingKey(settings, keySelector), keySelector.Compile()(settings), storeId);

    public async Task SaveSettingOverridablePerStoreAsync<T, TPropType>(T settings, Expression<Func<T, TPropType>> keySelector,
        bool overrideForStore, int storeId = 0, bool clearCache = true) where T : ISettings, new()
    {
        if (overrideForStore || storeId == 0)
            await SaveSettingAsync(settings, keySelector, storeId, clearCache);
        else
            await DeleteSettingAsync(settings, keySelector, storeId);
    }

    public async Task DeleteSettingAsync(Setting setting)
    {
        await _settings.DeleteAsync(setting);
        await ClearCacheAsync();
    }

    public async Task DeleteSettingAsync<T>() where T : ISettings, new()
    {
        var keys = typeof(T).GetProperties().Select(p => Normalize($"{typeof(T).Name}.{p.Name}")).ToList();
        var all = await GetAllSettingsAsync();
        await _settings.DeleteAsync(all.Where(s => keys.Contains(Normalize(s.Name))).ToList());
        await ClearCacheAsync();
    }

    public async Task DeleteSettingAsync<T, TPropType>(T settings, Expression<Func<T, TPropType>> keySelector, int storeId = 0)
        where T : ISettings, new()
    {
        var setting = await GetSettingAsync(GetSettingKey(settings, keySelector), storeId);
        if (setting is not null)
            await DeleteSettingAsync(setting);
    }

    /// <summary>As nopCommerce: removes everything cached under the settings' prefix.</summary>
    public Task ClearCacheAsync() => _cache?.RemoveByPrefixAsync(NopEntityCacheDefaults<Setting>.Prefix) ?? Task.CompletedTask;

    public string GetSettingKey<TSettings, T>(TSettings settings, Expression<Func<TSettings, T>> keySelector) where TSettings : ISettings, new() =>
        keySelector.Body is MemberExpression { Member: PropertyInfo property }
            ? $"{typeof(TSettings).Name}.{property.Name}"
            : throw new ArgumentException("The key selector must name a property.");

    private async Task SetSettingAsync(Type type, string key, object value, int storeId)
    {
        key = Normalize(key);
        var text = ToText(type, value);
        var existing = await GetSettingAsync(key, storeId);
        if (existing is null)
            await _settings.InsertAsync(new Setting(key, text, storeId));
        else
        {
            // the cached row is a copy (as in nopCommerce): the row is read again to be updated
            var row = await _settings.GetByIdAsync(existing.Id) ?? existing;
            row.Value = text;
            await _settings.UpdateAsync(row);
        }

        await ClearCacheAsync();
    }

    private static IEnumerable<PropertyInfo> WritableProperties(Type type) => type.GetProperties().Where(p => p.CanRead && p.CanWrite);

    private static string Normalize(string key) => key.Trim().ToLowerInvariant();

    // nopCommerce registers a comma-separated converter for List<T>; the others are the framework's.
    private static string ToText(Type type, object value) =>
        value is IEnumerable<string> list && type != typeof(string)
            ? string.Join(",", list)
            : TypeDescriptor.GetConverter(type).ConvertToInvariantString(value) ?? string.Empty;

    private static object FromText(Type type, string text) =>
        type == typeof(List<string>)
            ? text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList()
            : TypeDescriptor.GetConverter(type).ConvertFromInvariantString(text);
}
