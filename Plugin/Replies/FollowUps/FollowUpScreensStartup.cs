using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Nop.Core.Infrastructure;
using Nop.Plugin.Misc.MerchantOps.Kpi.Factories;
using Nop.Plugin.Misc.MerchantOps.Planner.Services;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Factories;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services;

namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps;

/// <summary>The follow-ups' admin screens: the rule service and seeder, the safety settings, the screens' model factory.</summary>
public class FollowUpScreensStartup : INopStartup
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IFollowUpRuleService, FollowUpRuleService>();
        services.AddScoped<FollowUpRuleSeeder>();
        services.AddScoped<FollowUpSafetySettings>();
        services.AddScoped<FollowUpModelFactory>();
        // Shared with the planner and the KPI pages (registered there too; whichever startup runs first adds them).
        services.TryAddScoped<PlannerTimeZones>();
        services.TryAddScoped<KpiDisplay>();
    }

    public void Configure(IApplicationBuilder application)
    {
    }

    public int Order => 3010;
}
