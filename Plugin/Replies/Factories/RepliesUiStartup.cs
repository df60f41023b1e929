using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Infrastructure;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Factories;

/// <summary>
/// Registers the reply screens' model factories (the reply services themselves are registered by the plugin's
/// NopStartup). nopCommerce runs every INopStartup of the plugin assembly.
/// </summary>
public class RepliesUiStartup : INopStartup
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ReplyDisplay>();
        services.AddScoped<ReplyResultMessages>();
        services.AddScoped<ReplyModelFactory>();
        services.AddScoped<ReplyCardModelFactory>();
    }

    public void Configure(IApplicationBuilder application)
    {
    }

    public int Order => 3001;
}
