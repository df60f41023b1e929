using System.ComponentModel;
using System.Globalization;

namespace Nop.Core.ComponentModel;

// Real source: src/Libraries/Nop.Core/ComponentModel/GenericDictionaryTypeConverter.cs
/// <summary>
/// A dictionary written as one string, pairs separated by ';' and key from value by ',': "1, 2;3,4" becomes
/// {1: 2, 3: 4} (malformed pairs and repeated keys are skipped), and back to "1, 2;3, 4". Registered for
/// Dictionary&lt;int, int&gt; at startup (<see cref="TypeConverterRegistrationStartUpTask"/>); it converts from any
/// string, so MVC binds such a dictionary as a simple type, from the first value of one request key.
/// </summary>
public partial class GenericDictionaryTypeConverter<K, V> : TypeConverter
{
    protected readonly TypeConverter _typeConverterKey;
    protected readonly TypeConverter _typeConverterValue;

    public GenericDictionaryTypeConverter()
    {
        _typeConverterKey = TypeDescriptor.GetConverter(typeof(K))
            ?? throw new InvalidOperationException($"No type converter exists for type {typeof(K).FullName}");
        _typeConverterValue = TypeDescriptor.GetConverter(typeof(V))
            ?? throw new InvalidOperationException($"No type converter exists for type {typeof(V).FullName}");
    }

    public override bool CanConvertFrom(ITypeDescriptorContext context, Type sourceType) =>
        sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);

    public override object ConvertFrom(ITypeDescriptorContext context, CultureInfo culture, object value)
    {
        if (value is not string text)
            return base.ConvertFrom(context, culture, value);

        var dictionary = new Dictionary<K, V>();
        var pairs = string.IsNullOrEmpty(text) ? [] : text.Split(';');
        foreach (var pair in pairs)
        {
            var parts = pair.Split(',').Select(part => part.Trim()).ToArray();
            if (parts.Length != 2)
                continue;

            if (_typeConverterKey.ConvertFromInvariantString(parts[0]) is K key
                && _typeConverterValue.ConvertFromInvariantString(parts[1]) is V item)
                dictionary.TryAdd(key, item);
        }

        return dictionary;
    }

    public override object ConvertTo(ITypeDescriptorContext context, CultureInfo culture, object value, Type destinationType)
    {
        if (destinationType != typeof(string))
            return base.ConvertTo(context, culture, value, destinationType);

        return value is IDictionary<K, V> dictionary
            ? string.Join(";", dictionary.Select(pair =>
                $"{Convert.ToString(pair.Key, CultureInfo.InvariantCulture)}, {Convert.ToString(pair.Value, CultureInfo.InvariantCulture)}"))
            : string.Empty;
    }
}
