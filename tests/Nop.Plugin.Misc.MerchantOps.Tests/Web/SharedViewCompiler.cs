using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc.Razor.Compilation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Web;

/// <summary>
/// One Razor runtime compiler for every test host of the run. nopCommerce compiles a plugin's views at run time, and
/// so does the test host; but every test starts a host of its own, so every test paid again for compiling each view it
/// rendered (about a second a test). A compiled view depends only on its file and on the loaded assemblies, the same
/// for every host of the run, so the hosts share one compiler: a view is compiled once per run, and again when its file
/// changes (the compiler still watches the files). The compiler comes from an application of its own, built with the
/// host's MVC and Razor settings and never disposed, so its file watchers outlive each test's host.
/// </summary>
public static class SharedViewCompiler
{
    private static readonly Lazy<IViewCompiler> _compiler = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Makes a host's views come from the shared compiler (after AddRazorRuntimeCompilation).</summary>
    public static void Use(IServiceCollection services) =>
        services.Replace(ServiceDescriptor.Singleton<IViewCompilerProvider>(new Provider()));

    private static IViewCompiler Create()
    {
        var builder = WebApplication.CreateBuilder(PluginTestHost.HostOptions());
        builder.Logging.ClearProviders();
        //only the compiler is taken from this application: its controllers' dependencies are never resolved
        builder.Host.UseDefaultServiceProvider(options => options.ValidateOnBuild = false);
        builder.Services.AddHttpContextAccessor();
        PluginTestHost.AddMvc(builder.Services);
        return builder.Build().Services.GetRequiredService<IViewCompilerProvider>().GetCompiler();
    }

    private sealed class Provider : IViewCompilerProvider
    {
        public IViewCompiler GetCompiler() => _compiler.Value;
    }
}
