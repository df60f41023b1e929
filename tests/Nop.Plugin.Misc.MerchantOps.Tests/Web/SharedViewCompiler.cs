using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc.Razor.Compilation;
using Microsoft.AspNetCore.Mvc.Razor.RuntimeCompilation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Web;

/// <summary>
/// One Razor runtime compiler per set of view folders for every test host of the run. nopCommerce compiles a plugin's
/// views at run time, and so does the test host; but every test starts a host of its own, so every test paid again for
/// compiling each view it rendered (about a second a test). A compiled view depends only on its file and on the loaded
/// assemblies, the same for every host of the run, so hosts that read views from the same folders share one compiler:
/// a view is compiled once per run, and again when its file changes (the compiler still watches the files). Each
/// compiler comes from an application of its own, built with the host's MVC and Razor settings over the same folders
/// and never disposed, so its file watchers outlive each test's host.
/// </summary>
public static class SharedViewCompiler
{
    private static readonly ConcurrentDictionary<string, Lazy<IViewCompiler>> _compilers = new();

    /// <summary>Makes a host's views come from the shared compiler of its view folders (after AddRazorRuntimeCompilation).</summary>
    public static void Use(IServiceCollection services) =>
        services.Replace(ServiceDescriptor.Singleton<IViewCompilerProvider>(sp =>
            new Provider(sp.GetRequiredService<IOptions<MvcRazorRuntimeCompilationOptions>>().Value)));

    private static IViewCompiler Create(IReadOnlyList<string> folders)
    {
        var builder = WebApplication.CreateBuilder(PluginTestHost.HostOptions());
        builder.Logging.ClearProviders();
        //only the compiler is taken from this application: its controllers' dependencies are never resolved
        builder.Host.UseDefaultServiceProvider(options => options.ValidateOnBuild = false);
        builder.Services.AddHttpContextAccessor();
        PluginTestHost.AddMvc(builder.Services);
        builder.Services.PostConfigure<MvcRazorRuntimeCompilationOptions>(options =>
        {
            options.FileProviders.Clear();
            foreach (var folder in folders)
                options.FileProviders.Add(new PhysicalFileProvider(folder));
        });
        return builder.Build().Services.GetRequiredService<IViewCompilerProvider>().GetCompiler();
    }

    private sealed class Provider : IViewCompilerProvider
    {
        private readonly IReadOnlyList<string> _folders;

        public Provider(MvcRazorRuntimeCompilationOptions options)
        {
            _folders = options.FileProviders
                .Select(provider => provider is PhysicalFileProvider physical
                    ? physical.Root
                    : throw new InvalidOperationException($"The test host shares compilers of view folders only; {provider.GetType().Name} is not one."))
                .ToList();
        }

        public IViewCompiler GetCompiler() =>
            _compilers.GetOrAdd(string.Join('|', _folders), _ => new Lazy<IViewCompiler>(() => Create(_folders))).Value;
    }
}
