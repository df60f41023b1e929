using Moq;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Core.Caching;
using Nop.Plugin.Misc.MerchantOps.Benchmarks.Infrastructure;
using Nop.Plugin.Misc.MerchantOps.Kpi.Data;
using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;
using Nop.Plugin.Misc.MerchantOps.Kpi.Services;
using Nop.Plugin.Misc.MerchantOps.Planner.Services;
using Nop.Services.Configuration;

namespace Nop.Plugin.Misc.MerchantOps.Benchmarks.Benchmarks;

/// <summary>
/// The KPI rollup services over the bench database, composed as KpiStartup registers them, with both stores in
/// Europe/Paris (nopCommerce's store time zone setting) and a clock on 7 December 2026, 08:00 UTC (the seeded orders end
/// a few hours before).
/// </summary>
public sealed class KpiBenchServices
{
    public static readonly DateTime Now = new(2026, 12, 7, 8, 0, 0, DateTimeKind.Utc);

    public KpiBenchServices(BenchDatabase database, IStaticCacheManager cacheManager)
    {
        var settings = new Mock<ISettingService>();
        settings.Setup(s => s.GetSettingByKeyAsync(PlannerTimeZones.StoreTimeZoneSettingKey, It.IsAny<string>(), It.IsAny<int>(), It.IsAny<bool>()))
            .ReturnsAsync("Europe/Paris");
        var clock = new KpiBenchClock(Now);
        var zones = new PlannerTimeZones(settings.Object);
        Query = new KpiSalesQuery(database.Repository<OrderItem>(cacheManager), database.Repository<Order>(cacheManager),
            database.Repository<Product>(cacheManager));
        var progress = new KpiProgressStore(database.Repository<KpiRollupProgress>(cacheManager), Query, clock, zones);
        var upsert = new KpiSalesDayUpsert(database.DataProvider, database.Repository<KpiSalesDay>(cacheManager));
        Rollup = new KpiRollupService(progress, Query, clock, zones, upsert);
        Backfill = new KpiBackfillService(progress, Rollup);
        Reader = new KpiFiguresReader(database.Repository<KpiFunnelDay>(cacheManager), database.Repository<KpiSalesDay>(cacheManager),
            database.Repository<KpiSourceDay>(cacheManager), clock, zones);
    }

    public KpiSalesQuery Query { get; }
    public KpiRollupService Rollup { get; }
    public KpiBackfillService Backfill { get; }

    /// <summary>What the widgets, the Today screen and the KPI page read (<see cref="IKpiFiguresReader"/>).</summary>
    public IKpiFiguresReader Reader { get; }

    public static Task ResetAsync(BenchDatabase database) =>
        database.ExecuteAsync($"TRUNCATE \"{KpiTables.SalesDay}\", \"{KpiTables.RollupProgress}\" RESTART IDENTITY");
}
