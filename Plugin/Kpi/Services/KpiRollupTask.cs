using Nop.Plugin.Misc.MerchantOps.Kpi.Capture;
using Nop.Plugin.Misc.MerchantOps.Kpi.Data;
using Nop.Services.Logging;
using Nop.Services.ScheduleTasks;
using Nop.Services.Stores;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Services;

/// <summary>
/// nopCommerce's schedule task of the rollups (every <see cref="Domain.KpiLimits.TaskSeconds"/> seconds): for each store,
/// a restart in the new zone if the store's time zone changed (once, <see cref="KpiProgressStore.RestartIfZoneChangedAsync"/>),
/// today so far and yesterday (and once a day the recent days again), then one chunk of the backfill. Several app
/// instances may run it at once: the rollups overwrite with absolute figures and the backfill is claimed in the
/// database. A store that fails is logged and the others go on; the task then fails so nopCommerce shows it. It also
/// counts each store's abandoned carts for the dashboard's To do card into nopCommerce's cache
/// (<see cref="KpiAbandonedCartReader.RefreshAsync"/>), so that no admin request pays that statement; a count that fails
/// is logged as a warning and changes nothing else.
/// </summary>
public class KpiRollupTask : IScheduleTask
{
    private readonly IKpiBackfillService _backfill;
    private readonly KpiAbandonedCartReader _carts;
    private readonly ILogger _logger;
    private readonly KpiProgressStore _progress;
    private readonly IKpiRollupService _rollup;
    private readonly KpiSalesDayUpsert _salesRows;
    private readonly IStoreService _storeService;
    private readonly IKpiTrafficRollupService _traffic;

    public KpiRollupTask(IKpiBackfillService backfill, ILogger logger, KpiProgressStore progress, IKpiRollupService rollup,
        IStoreService storeService, KpiSalesDayUpsert salesRows, IKpiTrafficRollupService traffic, KpiAbandonedCartReader carts)
    {
        _backfill = backfill;
        _carts = carts;
        _logger = logger;
        _progress = progress;
        _rollup = rollup;
        _storeService = storeService;
        _salesRows = salesRows;
        _traffic = traffic;
    }

    public async Task ExecuteAsync()
    {
        Exception first = null;
        foreach (var store in await _storeService.GetAllStoresAsync())
        {
            try
            {
                await _progress.RestartIfZoneChangedAsync(store.Id, _salesRows);
                await _rollup.RollUpRecentAsync(store.Id);
                await _traffic.RunAsync(store.Id);
                await _backfill.RunAsync(store.Id);
            }
            catch (Exception exception)
            {
                first ??= exception;
                await _logger.ErrorAsync($"Merchant Ops: the sales rollup of store {store.Id} failed. {exception.Message}", exception);
            }

            try
            {
                await _carts.RefreshAsync(store.Id);
            }
            catch (Exception exception)
            {
                await _logger.WarningAsync($"Merchant Ops: counting the abandoned carts of store {store.Id} failed. {exception.Message}", exception);
            }
        }

        if (first != null)
            throw new InvalidOperationException("Merchant Ops: the sales rollup failed for at least one store (see the log).", first);
    }
}
