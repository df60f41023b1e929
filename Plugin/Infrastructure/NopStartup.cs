using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Infrastructure;
using Nop.Plugin.Misc.MerchantOps.Configuration.Factories;
using Nop.Plugin.Misc.MerchantOps.Configuration.Services;
using Nop.Plugin.Misc.MerchantOps.Infrastructure.Localization;

namespace Nop.Plugin.Misc.MerchantOps.Infrastructure;

/// <summary>Registers the plugin's services. Consumers and settings are registered by nopCommerce itself.</summary>
public class NopStartup : INopStartup
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<PluginResourceLoader>();
        services.AddScoped<PluginResourceInstaller>();

        services.AddScoped<ConfigurationModelFactory>();
        services.AddScoped<SettingsSaver>();
    }

    public void Configure(IApplicationBuilder application)
    {
    }

    public int Order => 3000;
}
