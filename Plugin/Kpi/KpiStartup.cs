using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Nop.Core.Infrastructure;
using Nop.Plugin.Misc.MerchantOps.Kpi.Data;
using Nop.Plugin.Misc.MerchantOps.Kpi.Factories;
using Nop.Plugin.Misc.MerchantOps.Kpi.Services;
using Nop.Plugin.Misc.MerchantOps.Planner.Services;

namespace Nop.Plugin.Misc.MerchantOps.Kpi;

/// <summary>
/// Registers the KPI rollups' services and data access. The store's time zone is read as the planner reads it
/// (PlannerTimeZones, added here too in case the planner's startup ran first or not at all); TimeProvider is registered
/// plugin-wide in Infrastructure/NopStartup. nopCommerce resolves the schedule task from the container.
/// </summary>
public class KpiStartup : INopStartup
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddScoped<PlannerTimeZones>();
        services.AddScoped<KpiSalesQuery>();
        services.AddScoped<KpiSalesDayUpsert>();
        services.AddScoped<KpiProgressStore>();

        services.AddScoped<IKpiRollupService, KpiRollupService>();
        services.AddScoped<IKpiBackfillService, KpiBackfillService>();
        services.AddScoped<KpiRollupTask>();
        services.AddScoped<IKpiFiguresReader, KpiFiguresReader>();
        services.AddScoped<KpiDisplay>();
    }

    public void Configure(IApplicationBuilder application)
    {
    }

    public int Order => 3004;
}
