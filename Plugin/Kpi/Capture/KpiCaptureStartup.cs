using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Nop.Core.Infrastructure;
using Nop.Plugin.Misc.MerchantOps.Planner.Services;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Capture;

/// <summary>
/// Registers the traffic capture and its rollup. The memo is one per app instance (a singleton of the container, never a
/// static field); the rest per request. nopCommerce registers the consumer (KpiCaptureConsumer) by itself.
/// </summary>
public class KpiCaptureStartup : INopStartup
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddScoped<PlannerTimeZones>();
        services.AddSingleton<KpiCaptureMemo>();
        services.AddScoped<KpiVisitUpsert>();
        services.AddScoped<KpiTrafficCapture>();
        services.AddScoped<IKpiTrafficRollupService, KpiTrafficRollupService>();
    }

    public void Configure(IApplicationBuilder application)
    {
    }

    public int Order => 3005;
}
