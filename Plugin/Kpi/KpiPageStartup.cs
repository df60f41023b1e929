using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Infrastructure;
using Nop.Plugin.Misc.MerchantOps.Kpi.Factories;
using Nop.Plugin.Misc.MerchantOps.Kpi.Services;

namespace Nop.Plugin.Misc.MerchantOps.Kpi;

/// <summary>Registers the KPI page's services: the journal, the revenue targets, the page's display and model factory.</summary>
public class KpiPageStartup : INopStartup
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IKpiJournalService, KpiJournalService>();
        services.AddScoped<IKpiTargetService, KpiTargetService>();
        services.AddScoped<KpiPageModelFactory>();
    }

    public void Configure(IApplicationBuilder application)
    {
    }

    public int Order => 3006;
}
