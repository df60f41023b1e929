using Nop.Core.Caching;
using Nop.Plugin.Misc.MerchantOps.Packing.Services;
using Nop.Plugin.Misc.MerchantOps.Replies.Services;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Services;

/// <summary>
/// The Operations card: Packing's throughput and paid-to-shipped time (its report service: the batch orders shipped in
/// the window, by the shipped-on column) and the replies sent (Replies' send log, by its created-on column), over the
/// last <see cref="KpiDashboardDefaults.OperationsDays"/> days. Cached one minute per store, vendor and what the user
/// may see (a user without Packing or Replies never makes those reads).
/// </summary>
public class KpiOperationsReader
{
    private readonly IPackingReportService _packingReports;
    private readonly IReplyLogService _replyLog;
    private readonly IStaticCacheManager _staticCacheManager;
    private readonly TimeProvider _timeProvider;

    public KpiOperationsReader(IPackingReportService packingReports, IReplyLogService replyLog,
        IStaticCacheManager staticCacheManager, TimeProvider timeProvider)
    {
        _packingReports = packingReports;
        _replyLog = replyLog;
        _staticCacheManager = staticCacheManager;
        _timeProvider = timeProvider;
    }

    public virtual async Task<KpiOperations> GetAsync(int storeId, int vendorId, bool packing, bool replies)
    {
        var template = KpiDashboardDefaults.OperationsCacheKey;
        var key = _staticCacheManager.PrepareKey(template, storeId, $"{vendorId}-{(packing ? 1 : 0)}{(replies ? 1 : 0)}");
        key.CacheTime = template.CacheTime;

        return await _staticCacheManager.GetAsync(key, async () =>
        {
            var nowUtc = _timeProvider.GetUtcNow().UtcDateTime;
            var fromUtc = nowUtc.AddDays(-KpiDashboardDefaults.OperationsDays);
            var figures = new KpiOperations { CountedOnUtc = nowUtc, HasPacking = packing, HasReplies = replies };

            if (packing)
            {
                var packers = await _packingReports.GetThroughputAsync(fromUtc, nowUtc);
                var shipped = packers.Sum(packer => packer.OrdersShipped);
                var busyHours = packers.Sum(packer => packer.BusyTime.TotalHours);
                var paidToShipped = await _packingReports.GetPaidToShippedAsync(fromUtc, nowUtc);
                figures = figures with
                {
                    OrdersShipped = shipped,
                    Packers = packers.Count,
                    OrdersPerHour = busyHours > 0 ? shipped / busyHours : 0,
                    PaidToShippedOrders = paidToShipped.Orders,
                    PaidToShippedMedian = paidToShipped.Median,
                    PaidToShippedAverage = paidToShipped.Average
                };
            }

            if (replies)
            {
                var usage = await _replyLog.GetUsageAsync(fromUtc, nowUtc);
                var top = usage.Where(row => row.Sends > 0).MaxBy(row => row.Sends);
                figures = figures with
                {
                    RepliesSent = usage.Sum(row => row.Sends),
                    TopReplyTitle = top?.Title,
                    TopReplySends = top?.Sends ?? 0
                };
            }

            return figures;
        });
    }
}
