using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Infrastructure;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services;

namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps;

/// <summary>
/// Registers the follow-ups' sending side: the composer, the sender and the schedule task (nopCommerce resolves the
/// task from the container). The replies' services it builds on come from RepliesStartup.
/// </summary>
public class FollowUpSenderStartup : INopStartup
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IFollowUpComposer, FollowUpComposer>();
        services.AddScoped<IFollowUpSender, FollowUpSender>();
        services.AddScoped<FollowUpTask>();
    }

    public void Configure(IApplicationBuilder application)
    {
    }

    public int Order => 3012;
}
