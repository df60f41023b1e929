using System.ComponentModel;
using System.Globalization;

namespace Nop.Core.ComponentModel;

// Real source: src/Libraries/Nop.Core/ComponentModel/GenericListTypeConverter.cs
/// <summary>
/// A list written as one comma-separated string: "1, 2,3" becomes [1, 2, 3] (each item trimmed and converted with
/// the invariant culture; items that convert to null are dropped), a list is written back as "1,2,3".
/// Registered for List&lt;int&gt;, List&lt;decimal&gt; and List&lt;string&gt; at startup
/// (<see cref="TypeConverterRegistrationStartUpTask"/>). As in nopCommerce, it answers that it converts from any
/// string, so ASP.NET Core MVC takes these lists for simple types: it binds them from the first value of a
/// request key only.
/// </summary>
public partial class GenericListTypeConverter<T> : TypeConverter
{
    protected readonly TypeConverter typeConverter;

    public GenericListTypeConverter()
    {
        typeConverter = TypeDescriptor.GetConverter(typeof(T))
            ?? throw new InvalidOperationException($"No type converter exists for type {typeof(T).FullName}");
    }

    protected virtual string[] GetStringArray(string input) =>
        string.IsNullOrEmpty(input) ? [] : input.Split(',').Select(item => item.Trim()).ToArray();

    public override bool CanConvertFrom(ITypeDescriptorContext context, Type sourceType) =>
        sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);

    public override object ConvertFrom(ITypeDescriptorContext context, CultureInfo culture, object value)
    {
        if (value != null && value is not string)
            return base.ConvertFrom(context, culture, value);

        var list = new List<T>();
        foreach (var item in GetStringArray((string)value))
        {
            if (typeConverter.ConvertFromInvariantString(item) is T converted)
                list.Add(converted);
        }

        return list;
    }

    public override object ConvertTo(ITypeDescriptorContext context, CultureInfo culture, object value, Type destinationType)
    {
        if (destinationType != typeof(string))
            return base.ConvertTo(context, culture, value, destinationType);

        return value is IEnumerable<T> items
            ? string.Join(",", items.Select(item => Convert.ToString(item, CultureInfo.InvariantCulture)))
            : string.Empty;
    }
}
