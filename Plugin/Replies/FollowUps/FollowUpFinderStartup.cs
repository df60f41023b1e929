using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Nop.Core.Infrastructure;
using Nop.Plugin.Misc.MerchantOps.Planner.Services;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services;

namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps;

/// <summary>Registers the follow-up candidate finder (per request, as the repositories it reads).</summary>
public class FollowUpFinderStartup : INopStartup
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddScoped<PlannerTimeZones>();
        services.AddScoped<IFollowUpCandidateFinder, FollowUpCandidateFinder>();
    }

    public void Configure(IApplicationBuilder application)
    {
    }

    public int Order => 3010;
}
