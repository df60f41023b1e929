using System.Collections;
using System.ComponentModel;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using Nop.Core.Configuration;
using Nop.Core.Domain.Configuration;
using Nop.Services.Configuration;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;

/// <summary>
/// nopCommerce's setting store in memory, with its rules: key "&lt;SettingsClass&gt;.&lt;Property&gt;" stored lowercased,
/// a store value falls back to the shared one (store 0) when loading settings, values converted with the invariant
/// culture (lists of strings/ints as comma-separated text, as nopCommerce's list converter does).
/// Every write is logged to <see cref="WriteLog"/>. Singleton of the host.
/// </summary>
public sealed class InMemorySettingService : ISettingService
{
    private readonly List<Setting> _settings = new();
    private readonly WriteLog _writes;

    public InMemorySettingService(WriteLog writes)
    {
        _writes = writes;
    }

    private static string Normalize(string key) => key.Trim().ToLowerInvariant();

    private static bool IsList(Type type, out Type itemType)
    {
        itemType = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>) ? type.GetGenericArguments()[0] : null;
        return itemType == typeof(string) || itemType == typeof(int);
    }

    private static bool Convertible(Type type) =>
        IsList(type, out _) || TypeDescriptor.GetConverter(type).CanConvertFrom(typeof(string));

    private static string ToText(Type type, object value)
    {
        if (value == null)
            return string.Empty;
        if (IsList(type, out _))
            return string.Join(",", ((IEnumerable)value).Cast<object>().Select(item => Convert.ToString(item, CultureInfo.InvariantCulture)));
        return TypeDescriptor.GetConverter(type).ConvertToInvariantString(value);
    }

    private static object FromText(Type type, string text)
    {
        if (IsList(type, out var itemType))
        {
            var items = (text ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var list = (IList)Activator.CreateInstance(type);
            foreach (var item in items)
                list.Add(itemType == typeof(int) ? int.Parse(item, CultureInfo.InvariantCulture) : item);
            return list;
        }

        return TypeDescriptor.GetConverter(type).ConvertFromInvariantString(text);
    }

    private static PropertyInfo Property<TSettings, T>(Expression<Func<TSettings, T>> keySelector)
    {
        if (keySelector.Body is not MemberExpression member)
            throw new ArgumentException($"Expression '{keySelector}' refers to a method, not a property.");
        return member.Member as PropertyInfo ?? throw new ArgumentException($"Expression '{keySelector}' refers to a field, not a property.");
    }

    /// <summary>Every stored setting (a copy).</summary>
    public IReadOnlyList<Setting> All
    {
        get { lock (_settings) return _settings.Select(s => new Setting(s.Name, s.Value, s.StoreId) { Id = s.Id }).ToList(); }
    }

    private Setting Find(string key, int storeId, bool loadSharedValueIfNotFound)
    {
        key = Normalize(key);
        lock (_settings)
        {
            var setting = _settings.FirstOrDefault(s => s.Name == key && s.StoreId == storeId);
            if (setting == null && storeId > 0 && loadSharedValueIfNotFound)
                setting = _settings.FirstOrDefault(s => s.Name == key && s.StoreId == 0);
            return setting;
        }
    }

    private void Write(string key, string value, int storeId)
    {
        key = Normalize(key);
        lock (_settings)
        {
            var setting = _settings.FirstOrDefault(s => s.Name == key && s.StoreId == storeId);
            if (setting != null)
                setting.Value = value;
            else
                _settings.Add(new Setting(key, value, storeId) { Id = _settings.Count == 0 ? 1 : _settings.Max(s => s.Id) + 1 });
        }
        _writes.Record("setting", $"set {key} (store {storeId}) = {value}");
    }

    private void Remove(Func<Setting, bool> predicate, string description)
    {
        lock (_settings)
            _settings.RemoveAll(s => predicate(s));
        _writes.Record("setting", $"delete {description}");
    }

    /// <summary>Puts a value in the store without logging it as a write (test setup).</summary>
    public void Seed(string key, string value, int storeId = 0)
    {
        key = Normalize(key);
        lock (_settings)
        {
            _settings.RemoveAll(s => s.Name == key && s.StoreId == storeId);
            _settings.Add(new Setting(key, value, storeId) { Id = _settings.Count == 0 ? 1 : _settings.Max(s => s.Id) + 1 });
        }
    }

    public Task<Setting> GetSettingAsync(string key, int storeId = 0, bool loadSharedValueIfNotFound = false) =>
        Task.FromResult(string.IsNullOrEmpty(key) ? null : Find(key, storeId, loadSharedValueIfNotFound));

    public Task<T> GetSettingByKeyAsync<T>(string key, T defaultValue = default, int storeId = 0, bool loadSharedValueIfNotFound = false)
    {
        var setting = string.IsNullOrEmpty(key) ? null : Find(key, storeId, loadSharedValueIfNotFound);
        return Task.FromResult(setting == null ? defaultValue : (T)FromText(typeof(T), setting.Value));
    }

    public Task SetSettingAsync<T>(string key, T value, int storeId = 0, bool clearCache = true)
    {
        ArgumentNullException.ThrowIfNull(key);
        Write(key, ToText(typeof(T), value), storeId);
        return Task.CompletedTask;
    }

    public Task<IList<Setting>> GetAllSettingsAsync() => Task.FromResult<IList<Setting>>(All.ToList());

    public Task<bool> SettingExistsAsync<T, TPropType>(T settings, Expression<Func<T, TPropType>> keySelector, int storeId = 0)
        where T : ISettings, new() =>
        Task.FromResult(Find(GetSettingKey(settings, keySelector), storeId, false) != null);

    public Task<T> LoadSettingAsync<T>(int storeId = 0) where T : ISettings, new()
    {
        var settings = new T();
        foreach (var property in typeof(T).GetProperties().Where(p => p.CanRead && p.CanWrite && Convertible(p.PropertyType)))
        {
            var setting = Find($"{typeof(T).Name}.{property.Name}", storeId, loadSharedValueIfNotFound: true);
            if (setting == null)
                continue;
            try
            {
                property.SetValue(settings, FromText(property.PropertyType, setting.Value));
            }
            catch (Exception e) when (e is FormatException or NotSupportedException or ArgumentException)
            {
                //nopCommerce skips values its converter finds invalid
            }
        }

        return Task.FromResult(settings);
    }

    public Task SaveSettingAsync<T>(T settings, int storeId = 0) where T : ISettings, new()
    {
        foreach (var property in typeof(T).GetProperties().Where(p => p.CanRead && p.CanWrite && Convertible(p.PropertyType)))
            Write($"{typeof(T).Name}.{property.Name}", ToText(property.PropertyType, property.GetValue(settings)), storeId);
        return Task.CompletedTask;
    }

    public Task SaveSettingAsync<T, TPropType>(T settings, Expression<Func<T, TPropType>> keySelector, int storeId = 0, bool clearCache = true)
        where T : ISettings, new()
    {
        var property = Property(keySelector);
        Write(GetSettingKey(settings, keySelector), ToText(property.PropertyType, property.GetValue(settings)), storeId);
        return Task.CompletedTask;
    }

    public async Task SaveSettingOverridablePerStoreAsync<T, TPropType>(T settings, Expression<Func<T, TPropType>> keySelector,
        bool overrideForStore, int storeId = 0, bool clearCache = true) where T : ISettings, new()
    {
        if (overrideForStore || storeId == 0)
            await SaveSettingAsync(settings, keySelector, storeId, clearCache);
        else if (storeId > 0)
            await DeleteSettingAsync(settings, keySelector, storeId);
    }

    public Task DeleteSettingAsync(Setting setting)
    {
        Remove(s => s.Id == setting.Id, setting.Name);
        return Task.CompletedTask;
    }

    public Task DeleteSettingAsync<T>() where T : ISettings, new()
    {
        var keys = typeof(T).GetProperties().Select(p => Normalize($"{typeof(T).Name}.{p.Name}")).ToHashSet();
        Remove(s => keys.Contains(s.Name), $"all of {typeof(T).Name}");
        return Task.CompletedTask;
    }

    public Task DeleteSettingAsync<T, TPropType>(T settings, Expression<Func<T, TPropType>> keySelector, int storeId = 0)
        where T : ISettings, new()
    {
        var key = Normalize(GetSettingKey(settings, keySelector));
        Remove(s => s.Name == key && s.StoreId == storeId, $"{key} (store {storeId})");
        return Task.CompletedTask;
    }

    public Task ClearCacheAsync() => Task.CompletedTask;

    public string GetSettingKey<TSettings, T>(TSettings settings, Expression<Func<TSettings, T>> keySelector)
        where TSettings : ISettings, new() =>
        $"{typeof(TSettings).Name}.{Property(keySelector).Name}";
}
