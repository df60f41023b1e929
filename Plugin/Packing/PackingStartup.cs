using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Infrastructure;
using Nop.Plugin.Misc.MerchantOps.Packing.Data;
using Nop.Plugin.Misc.MerchantOps.Packing.Factories;
using Nop.Plugin.Misc.MerchantOps.Packing.Services;

namespace Nop.Plugin.Misc.MerchantOps.Packing;

/// <summary>
/// Registers the packing services, data access and model factories. nopCommerce runs every INopStartup of the
/// plugin assembly (its type finder finds them); the plugin-wide registrations (TimeProvider among them) are in
/// Infrastructure/NopStartup. Consumers are registered by nopCommerce itself.
/// </summary>
public class PackingStartup : INopStartup
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ReadyOrdersQuery>();
        services.AddScoped<PackingBatchQuery>();
        services.AddScoped<PackingItemQuery>();
        services.AddScoped<PackingOrderQuery>();

        services.AddScoped<PackingAudit>();
        services.AddScoped<BatchItemAllocator>();
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

        services.AddScoped<PackingDisplay>();
        services.AddScoped<PackingResultMessages>();
        services.AddScoped<PackingQueueModelFactory>();
        services.AddScoped<PackingBatchModelFactory>();
        services.AddScoped<PackingReportModelFactory>();
        services.AddScoped<PackingPrintModelFactory>();
        services.AddScoped<PackScreenModelFactory>();
        services.AddScoped<PackingOrderBlockModelFactory>();
    }

    public void Configure(IApplicationBuilder application)
    {
    }

    public int Order => 3001;
}
