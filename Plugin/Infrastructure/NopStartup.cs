using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Nop.Core.Infrastructure;
using Nop.Plugin.Misc.MerchantOps.Configuration.Factories;
using Nop.Plugin.Misc.MerchantOps.Configuration.Services;
using Nop.Plugin.Misc.MerchantOps.Infrastructure.Localization;
using Nop.Plugin.Misc.MerchantOps.Packing.Services;
using Nop.Plugin.Misc.MerchantOps.Replies.Services;

namespace Nop.Plugin.Misc.MerchantOps.Infrastructure;

/// <summary>Registers the plugin's services. Consumers and settings are registered by nopCommerce itself.</summary>
public class NopStartup : INopStartup
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<PluginResourceLoader>();
        services.AddScoped<PluginResourceInstaller>();

        services.AddScoped<ConfigurationModelFactory>();
        services.AddScoped<SettingsSaver>();

        // nopCommerce registers no TimeProvider; another feature may have added it already.
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<ReadyOrdersQuery>();
        services.AddScoped<PackingBatchQueries>();
        services.AddScoped<PackingItemQuery>();
        services.AddScoped<PackingAudit>();
        services.AddScoped<BatchItemPlanner>();
        services.AddScoped<OrderClaimer>();
        services.AddScoped<ScanMismatchClassifier>();
        services.AddScoped<ShipAttemptRunner>();
        services.AddScoped<IPackingQueueService, PackingQueueService>();
        services.AddScoped<IPackingBatchService, PackingBatchService>();
        services.AddScoped<IPackingWorkflowService, PackingWorkflowService>();
        services.AddScoped<IPickListService, PickListService>();
        services.AddScoped<IPackingScanService, PackingScanService>();
        services.AddScoped<IPackingShipService, PackingShipService>();
        services.AddScoped<IPackingReportService, PackingReportService>();
        services.AddScoped<IPackerService, PackerService>();
        services.AddScoped<IPackingProductSearch, PackingProductSearch>();

        services.AddScoped<Packing.Factories.PackingDisplay>();
        services.AddScoped<Packing.Factories.PackingOrderReader>();
        services.AddScoped<Packing.Factories.PackingResultMessages>();
        services.AddScoped<Packing.Factories.PackingQueueModelFactory>();
        services.AddScoped<Packing.Factories.PackingBatchModelFactory>();
        services.AddScoped<Packing.Factories.PackingReportModelFactory>();
        services.AddScoped<Packing.Factories.PackingPrintModelFactory>();
        services.AddScoped<Packing.Factories.PackScreenModelFactory>();
        services.AddScoped<Packing.Factories.PackingOrderBlockModelFactory>();

        services.AddScoped<ReplyEmailAccounts>();
        services.AddScoped<ReplyTokenService>();
        services.AddScoped<IReplyTokenService>(provider => provider.GetRequiredService<ReplyTokenService>());
        services.AddScoped<ICannedReplyService, CannedReplyService>();
        services.AddScoped<IReplySendService, ReplySendService>();
        services.AddScoped<IReplyLogService, ReplyLogService>();
        services.AddScoped<IReplyCsvService, ReplyCsvService>();
        services.AddScoped<IReplyFaqService, ReplyFaqService>();
        services.AddScoped<ReplySeeder>();
    }

    public void Configure(IApplicationBuilder application)
    {
    }

    public int Order => 3000;
}
