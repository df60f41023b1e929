using Microsoft.Extensions.DependencyInjection;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Kpi.Capture;

/// <summary>The Lazy&lt;T&gt; resolver nopCommerce registers (its LazyInstance, from the request's services), for a data app.</summary>
public sealed class ContainerLazy<T> : Lazy<T> where T : class
{
    public ContainerLazy(IServiceProvider services) : base(services.GetRequiredService<T>)
    {
    }
}
