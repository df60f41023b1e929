using System.Data.Common;
using Nop.Core;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Kpi.Data;
using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;
using Nop.Plugin.Misc.MerchantOps.Kpi.Services.Contracts;
using Keys = Nop.Plugin.Misc.MerchantOps.Kpi.Domain.KpiPageResourceKeys.Targets;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Services;

/// <inheritdoc cref="IKpiTargetService"/>
public class KpiTargetService : IKpiTargetService
{
    private readonly IRepository<KpiRevenueTarget> _targets;
    private readonly TimeProvider _timeProvider;
    private readonly IWorkContext _workContext;

    public KpiTargetService(IRepository<KpiRevenueTarget> targets, TimeProvider timeProvider, IWorkContext workContext)
    {
        _targets = targets;
        _timeProvider = timeProvider;
        _workContext = workContext;
    }

    public Task<KpiRevenueTarget> GetAsync(int storeId) => _targets.Table.FirstOrDefaultAsync(row => row.StoreId == storeId);

    public async Task<KpiPageResult> SaveAsync(int storeId, decimal? weekly, decimal? monthly)
    {
        if (await _workContext.GetCurrentVendorAsync() != null)
            return KpiPageResult.Refused(Keys.NotForVendors);
        if (!Valid(weekly) || !Valid(monthly))
            return KpiPageResult.Refused(Keys.Invalid);

        var week = decimal.Round(weekly ?? 0m, KpiLimits.AmountDecimals);
        var month = decimal.Round(monthly ?? 0m, KpiLimits.AmountDecimals);
        var customerId = (await _workContext.GetCurrentCustomerAsync())?.Id ?? 0;
        var now = _timeProvider.GetUtcNow().UtcDateTime;

        // one row per store (unique key): update the one there, else insert; an insert that loses to another one at the
        // same moment updates it instead
        if (await _targets.TryUpdateTargetAsync(storeId, week, month, customerId, now))
            return KpiPageResult.Done(Keys.Saved);
        try
        {
            await _targets.InsertAsync(new KpiRevenueTarget
            {
                StoreId = storeId,
                WeeklyRevenue = week,
                MonthlyRevenue = month,
                UpdatedByCustomerId = customerId,
                UpdatedOnUtc = now
            }, publishEvent: false);
        }
        catch (DbException)
        {
            if (!await _targets.TryUpdateTargetAsync(storeId, week, month, customerId, now))
                throw;
        }

        return KpiPageResult.Done(Keys.Saved);
    }

    private static bool Valid(decimal? amount) => amount is null || (amount >= 0m && amount <= KpiPageLimits.LargestTarget);
}
