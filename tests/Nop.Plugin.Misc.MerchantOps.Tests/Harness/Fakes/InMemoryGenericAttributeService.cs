using System.ComponentModel;
using System.Globalization;
using Nop.Core;
using Nop.Services.Common;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;

/// <summary>
/// A customer's own values (nopCommerce's generic attributes) in memory, keyed as nopCommerce keys them: the entity's
/// type name, its id, the key (ignoring case) and the store. As nopCommerce, a value is kept as invariant text, an empty
/// text deletes it, and a missing one reads as the default. Writes are logged to <see cref="WriteLog"/>. Singleton.
/// </summary>
public sealed class InMemoryGenericAttributeService : IGenericAttributeService
{
    private readonly Dictionary<(string KeyGroup, int EntityId, string Key, int StoreId), string> _values = new();
    private readonly WriteLog _writes;

    public InMemoryGenericAttributeService(WriteLog writes)
    {
        _writes = writes;
    }

    /// <summary>How many reads were made (a widget that must not query when hidden reads none).</summary>
    public int Reads { get; private set; }

    public Task SaveAttributeAsync<TPropType>(BaseEntity entity, string key, TPropType value, int storeId = 0)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var text = value == null ? null : Convert.ToString(value, CultureInfo.InvariantCulture);
        var id = (entity.GetType().Name, entity.Id, key.ToLowerInvariant(), storeId);
        lock (_values)
        {
            if (string.IsNullOrWhiteSpace(text))
                _values.Remove(id);
            else
                _values[id] = text;
        }

        _writes.Record("generic attribute", $"{id.Item1} {entity.Id} {key} = {text}");
        return Task.CompletedTask;
    }

    public Task<TPropType> GetAttributeAsync<TPropType>(BaseEntity entity, string key, int storeId = 0, TPropType defaultValue = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        string text;
        lock (_values)
        {
            Reads++;
            if (!_values.TryGetValue((entity.GetType().Name, entity.Id, key.ToLowerInvariant(), storeId), out text))
                return Task.FromResult(defaultValue);
        }

        var converter = TypeDescriptor.GetConverter(typeof(TPropType));
        return Task.FromResult((TPropType)converter.ConvertFromInvariantString(text));
    }
}
