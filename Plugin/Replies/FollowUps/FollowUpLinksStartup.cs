using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Infrastructure;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services;

namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps;

/// <summary>
/// Registers the follow-ups' links (tracked and unsubscribe URLs), the public side that answers them, and the results
/// reader; per request. The route provider (Controllers/FollowUpRouteProvider) is found by nopCommerce by itself.
/// </summary>
public class FollowUpLinksStartup : INopStartup
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IFollowUpLinks, FollowUpLinks>();
        services.AddScoped<FollowUpVisits>();
        services.AddScoped<IFollowUpResultsReader, FollowUpResultsReader>();
    }

    public void Configure(IApplicationBuilder application)
    {
    }

    public int Order => 3010;
}
