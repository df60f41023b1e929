using Nop.Services.Logging;
using Nop.Services.ScheduleTasks;
using Nop.Services.Stores;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Digest.Services;

/// <summary>
/// nopCommerce's schedule task of the weekly digest (hourly, <see cref="KpiDigestTaskInstaller"/>): for each store,
/// queues the week's digest when it is due (<see cref="KpiDigestSender"/> decides, once per store and week, in the
/// database). A store that fails is logged and the others go on; the task then fails so nopCommerce shows it.
/// </summary>
public class KpiDigestTask : IScheduleTask
{
    private readonly ILogger _logger;
    private readonly KpiDigestSender _sender;
    private readonly IStoreService _storeService;

    public KpiDigestTask(ILogger logger, KpiDigestSender sender, IStoreService storeService)
    {
        _logger = logger;
        _sender = sender;
        _storeService = storeService;
    }

    public async Task ExecuteAsync()
    {
        Exception first = null;
        foreach (var store in await _storeService.GetAllStoresAsync())
        {
            try
            {
                if (await _sender.SendWeeklyAsync(store.Id) == KpiDigestOutcome.NoRecipient)
                    await _logger.WarningAsync($"Merchant Ops: the weekly digest of store {store.Id} has nobody to go to (no email account, no valid address).");
            }
            catch (Exception exception)
            {
                first ??= exception;
                await _logger.ErrorAsync($"Merchant Ops: the weekly digest of store {store.Id} failed; the next run tries again. {exception.Message}", exception);
            }
        }

        if (first != null)
            throw new InvalidOperationException("Merchant Ops: the weekly digest failed for at least one store (see the log).", first);
    }
}
