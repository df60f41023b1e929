using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Nop.Core.Infrastructure;
using Nop.Plugin.Misc.MerchantOps.Kpi.Digest.Services;
using Nop.Plugin.Misc.MerchantOps.Planner.Services;
using Nop.Plugin.Misc.MerchantOps.Replies.Services;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Digest;

/// <summary>
/// Registers the weekly digest: its composer, sender and schedule task (nopCommerce resolves the task from the
/// container). The email account is chosen as Replies chooses it (<see cref="ReplyEmailAccounts"/>, added here too in
/// case the replies' startup is not there).
/// </summary>
public class KpiDigestStartup : INopStartup
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddScoped<PlannerTimeZones>();
        services.TryAddScoped<ReplyEmailAccounts>();
        services.AddScoped<KpiDigestComposer>();
        services.AddScoped<KpiDigestSender>();
        services.AddScoped<KpiDigestTask>();
    }

    public void Configure(IApplicationBuilder application)
    {
    }

    public int Order => 3010;
}
