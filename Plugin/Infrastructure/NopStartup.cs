using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Nop.Core.Infrastructure;
using Nop.Plugin.Misc.MerchantOps.Configuration.Factories;
using Nop.Plugin.Misc.MerchantOps.Configuration.Services;
using Nop.Plugin.Misc.MerchantOps.Infrastructure.Localization;
using Nop.Plugin.Misc.MerchantOps.Infrastructure.Security;

namespace Nop.Plugin.Misc.MerchantOps.Infrastructure;

/// <summary>
/// Registers the plugin-wide services (resources, configuration, the clock). Each feature registers its own in its
/// &lt;Feature&gt;Startup (Packing/PackingStartup, Replies/RepliesStartup). Consumers and settings are registered by
/// nopCommerce itself.
/// </summary>
public class NopStartup : INopStartup
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<PluginResourceLoader>();
        services.AddScoped<PluginResourceInstaller>();

        services.AddScoped<ConfigurationModelFactory>();
        services.AddScoped<SettingsSaver>();
        services.AddScoped<PermissionHolders>();

        // nopCommerce registers no TimeProvider; another feature may have added it already.
        services.TryAddSingleton(TimeProvider.System);
    }

    public void Configure(IApplicationBuilder application)
    {
    }

    public int Order => 3000;
}
