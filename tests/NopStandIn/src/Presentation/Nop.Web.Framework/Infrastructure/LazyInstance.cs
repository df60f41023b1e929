using Microsoft.Extensions.DependencyInjection;

namespace Nop.Web.Framework.Infrastructure;

// Real source: src/Presentation/Nop.Web.Framework/Infrastructure/LazyInstance.cs
// nopCommerce registers it as the resolver of Lazy<T> (services.AddScoped(typeof(Lazy<>), typeof(LazyInstance<>)))
// when Autofac is off; Autofac resolves Lazy<T> by itself. The real class resolves through EngineContext, which
// the stand-in does not have: this one takes the scope's service provider.
public partial class LazyInstance<T> : Lazy<T> where T : class
{
    public LazyInstance(IServiceProvider services)
        : base(() => services.GetRequiredService<T>())
    {
    }
}
