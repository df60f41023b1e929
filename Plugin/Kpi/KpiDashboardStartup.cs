using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Infrastructure;
using Nop.Plugin.Misc.MerchantOps.Kpi.Factories;
using Nop.Plugin.Misc.MerchantOps.Kpi.Services;

namespace Nop.Plugin.Misc.MerchantOps.Kpi;

/// <summary>Registers the dashboard widgets' and the Today screen's readers and model factory (nopCommerce's INopStartup).</summary>
public class KpiDashboardStartup : INopStartup
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<KpiAbandonedCartQuery>();
        services.AddScoped<KpiAbandonedCartReader>();
        services.AddScoped<KpiOperationsReader>();
        services.AddScoped<KpiDashboardModelFactory>();
    }

    public void Configure(IApplicationBuilder application)
    {
    }

    public int Order => 3005;
}
