using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Infrastructure;
using Nop.Plugin.Misc.MerchantOps.Replies.Factories;
using Nop.Plugin.Misc.MerchantOps.Replies.Services;

namespace Nop.Plugin.Misc.MerchantOps.Replies;

/// <summary>
/// Registers the replies services and model factories. nopCommerce runs every INopStartup of the plugin assembly
/// (its type finder finds them); the plugin-wide registrations are in Infrastructure/NopStartup.
/// </summary>
public class RepliesStartup : INopStartup
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ReplyEmailAccounts>();
        services.AddScoped<ReplyRecipientService>();
        services.AddScoped<ReplyTokenService>();
        services.AddScoped<IReplyTokenService>(provider => provider.GetRequiredService<ReplyTokenService>());
        services.AddScoped<ICannedReplyService, CannedReplyService>();
        services.AddScoped<IReplySendService, ReplySendService>();
        services.AddScoped<IReplyLogService, ReplyLogService>();
        services.AddScoped<IReplyCsvService, ReplyCsvService>();
        services.AddScoped<IReplyFaqService, ReplyFaqService>();
        services.AddScoped<ReplySeeder>();

        services.AddScoped<ReplyDisplay>();
        services.AddScoped<ReplyModelFactory>();
        services.AddScoped<ReplyResultMessages>();
        services.AddScoped<ReplyCardModelFactory>();
    }

    public void Configure(IApplicationBuilder application)
    {
    }

    public int Order => 3002;
}
