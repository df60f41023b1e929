using Microsoft.Extensions.DependencyInjection;
using Moq;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Directory;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Shipping;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;
using Nop.Plugin.Misc.MerchantOps.Packing.Services;
using Nop.Services.Helpers;
using Nop.Services.Stores;
using Nop.Web.Areas.Admin.Factories;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Packing.Web;

/// <summary>
/// What the packing screens' GET actions need in the GET sweep (Web/GetActionsChangeNothingTests): packing services
/// that know no batch, and empty tables. The page tests run the same actions over the real services.
/// </summary>
public static class PackingSweepServices
{
    public static void Add(IServiceCollection services)
    {
        services.AddSingleton(new Mock<IPackingQueueService>().Object);
        services.AddSingleton(new Mock<IPackingBatchService>().Object);
        services.AddSingleton(new Mock<IPackingWorkflowService>().Object);
        services.AddSingleton(new Mock<IPickListService>().Object);
        services.AddSingleton(new Mock<IPackingScanService>().Object);
        services.AddSingleton(new Mock<IPackingShipService>().Object);
        var reports = new Mock<IPackingReportService>();
        reports.Setup(r => r.GetThroughputAsync(It.IsAny<DateTime>(), It.IsAny<DateTime>())).ReturnsAsync(Array.Empty<PackerThroughput>());
        reports.Setup(r => r.GetPaidToShippedAsync(It.IsAny<DateTime>(), It.IsAny<DateTime>())).ReturnsAsync(new PaidToShippedStats(0, null, null, null, null));
        services.AddSingleton(reports.Object);
        services.AddSingleton(new Mock<IPackerService>().Object);
        services.AddSingleton(new Mock<IPackingProductSearch>().Object);
        services.AddSingleton<Nop.Services.Media.IPictureService>(new NopFakes.FakePictureService());
        services.AddSingleton(EmptyTable<Order>());
        services.AddSingleton(EmptyTable<Address>());
        services.AddSingleton(EmptyTable<Country>());
        services.AddSingleton(EmptyTable<StateProvince>());
        services.AddSingleton<IDateTimeHelper, UtcDateTimeHelper>();
        services.AddSingleton<IBaseAdminModelFactory>(sp => new TestBaseAdminModelFactory(sp.GetRequiredService<IStoreService>(), EmptyTable<Warehouse>()));
    }

    private static IRepository<T> EmptyTable<T>() where T : Nop.Core.BaseEntity
    {
        var repository = new Mock<IRepository<T>>();
        repository.Setup(r => r.Table).Returns(new List<T>().AsQueryable());
        return repository.Object;
    }
}
