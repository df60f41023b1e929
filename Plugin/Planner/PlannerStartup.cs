using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Infrastructure;
using Nop.Plugin.Misc.MerchantOps.Planner.Data;
using Nop.Plugin.Misc.MerchantOps.Planner.Factories;
using Nop.Plugin.Misc.MerchantOps.Planner.Services;

namespace Nop.Plugin.Misc.MerchantOps.Planner;

/// <summary>
/// Registers the planner's services and data access. nopCommerce runs every INopStartup of the plugin assembly (its
/// type finder finds them); TimeProvider is registered plugin-wide in Infrastructure/NopStartup.
/// </summary>
public class PlannerStartup : INopStartup
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<PlannerBlockQuery>();
        services.AddScoped<PlannerActor>();
        services.AddScoped<PlannerAssignees>();
        services.AddScoped<PlannerTimeZones>();
        services.AddScoped<PlannerOccurrenceReader>();
        // one per process (web farm: one per instance, nothing to share: its keys hold every input, see the class)
        services.AddSingleton(_ => new PlannerExpansionMemo());
        services.AddScoped<PlannerLiveCountQuery>();
        services.AddScoped<PlannerDisplay>();
        services.AddScoped<PlannerShootListModelFactory>();

        services.AddScoped<IPlannerBlockService, PlannerBlockService>();
        services.AddScoped<IPlannerOccurrenceService, PlannerOccurrenceService>();
        services.AddScoped<IPlannerRoutineService, PlannerRoutineService>();
        services.AddScoped<IPlannerFeedService, PlannerFeedService>();
        services.AddScoped<IPlannerAgendaService, PlannerAgendaService>();

        services.AddScoped<IPlannerLiveCountModelFactory, PlannerLiveCountModelFactory>();
        services.AddScoped<PlannerFeedModelFactory>();

        // the week view and the block form
        services.AddScoped<PlannerDisplay>();
        services.AddScoped<PlannerWeekModelFactory>();
        services.AddScoped<PlannerBlockModelFactory>();
        services.AddScoped<PlannerAgendaModelFactory>();
    }

    public void Configure(IApplicationBuilder application)
    {
    }

    public int Order => 3003;
}
