using Nop.Plugin.Misc.MerchantOps.Kpi.Capture;
using Nop.Services.Logging;
using Nop.Services.ScheduleTasks;
using Nop.Services.Stores;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Services;

/// <summary>
/// nopCommerce's schedule task of the rollups (every <see cref="Domain.KpiLimits.TaskSeconds"/> seconds): for each store,
/// today so far and yesterday (and once a day the recent days again), then one chunk of the backfill. Several app
/// instances may run it at once: the rollups overwrite with absolute figures and the backfill is claimed in the
/// database. A store that fails is logged and the others go on; the task then fails so nopCommerce shows it.
/// </summary>
public class KpiRollupTask : IScheduleTask
{
    private readonly IKpiBackfillService _backfill;
    private readonly ILogger _logger;
    private readonly IKpiRollupService _rollup;
    private readonly IStoreService _storeService;
    private readonly IKpiTrafficRollupService _traffic;

    public KpiRollupTask(IKpiBackfillService backfill, ILogger logger, IKpiRollupService rollup, IStoreService storeService,
        IKpiTrafficRollupService traffic)
    {
        _backfill = backfill;
        _logger = logger;
        _rollup = rollup;
        _storeService = storeService;
        _traffic = traffic;
    }

    public async Task ExecuteAsync()
    {
        Exception first = null;
        foreach (var store in await _storeService.GetAllStoresAsync())
        {
            try
            {
                await _rollup.RollUpRecentAsync(store.Id);
                await _traffic.RunAsync(store.Id);
                await _backfill.RunAsync(store.Id);
            }
            catch (Exception exception)
            {
                first ??= exception;
                await _logger.ErrorAsync($"Merchant Ops: the sales rollup of store {store.Id} failed. {exception.Message}", exception);
            }
        }

        if (first != null)
            throw new InvalidOperationException("Merchant Ops: the sales rollup failed for at least one store (see the log).", first);
    }
}
