using System.ComponentModel;
using Nop.Core.ComponentModel;
using Nop.Core.Infrastructure;

namespace Nop.Core;

// Real source: src/Libraries/Nop.Core/TypeConverterRegistrationStartUpTask.cs
// Stand-in: nopCommerce also registers converters for ShippingOption, List<ShippingOption>, IList<ShippingOption>
// and PickupPoint; the stand-in has none of these types, so the plugin cannot bind them.
/// <summary>
/// The first startup task (order 1): gives List&lt;int&gt;, List&lt;decimal&gt;, List&lt;string&gt; and
/// Dictionary&lt;int, int&gt; nopCommerce's string converters, process-wide (TypeDescriptor). From then on ASP.NET
/// Core MVC treats these four types as simple types.
/// </summary>
public partial class TypeConverterRegistrationStartUpTask : IStartupTask
{
    public virtual void Execute()
    {
        TypeDescriptor.AddAttributes(typeof(List<int>), new TypeConverterAttribute(typeof(GenericListTypeConverter<int>)));
        TypeDescriptor.AddAttributes(typeof(List<decimal>), new TypeConverterAttribute(typeof(GenericListTypeConverter<decimal>)));
        TypeDescriptor.AddAttributes(typeof(List<string>), new TypeConverterAttribute(typeof(GenericListTypeConverter<string>)));
        TypeDescriptor.AddAttributes(typeof(Dictionary<int, int>), new TypeConverterAttribute(typeof(GenericDictionaryTypeConverter<int, int>)));
    }

    public int Order => 1;
}
