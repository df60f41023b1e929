using LinqToDB.Data;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Kpi.Data;
using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;
using Nop.Plugin.Misc.MerchantOps.Planner.Services;
using Nop.Services.Configuration;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Capture;

/// <summary>
/// Rolls up a store's local day from its visitor rows (<see cref="KpiVisit"/>): the funnel row counts the visitors whose
/// furthest step is at least each step; the source rows count per (source, medium, campaign) the visitors and those who
/// ordered. Figures are absolute, written with one upsert per row on the unique keys of <see cref="KpiTables"/>, so a
/// re-run writes the same rows and two app instances rolling up the same day at once leave one row each, never a sum.
/// Raw rows older than the retention are deleted in bounded batches; a day they may have left is never rolled up again.
/// </summary>
public class KpiTrafficRollupService : IKpiTrafficRollupService
{
    private static readonly string[] _funnelKeys = [nameof(KpiFunnelDay.StoreId), nameof(KpiFunnelDay.LocalDay)];
    private static readonly string[] _funnelFigures =
    [
        nameof(KpiFunnelDay.VisitorCount), nameof(KpiFunnelDay.ProductViewCount), nameof(KpiFunnelDay.AddToCartCount),
        nameof(KpiFunnelDay.CheckoutCount), nameof(KpiFunnelDay.OrderCount), nameof(KpiFunnelDay.TimeZoneId), nameof(KpiFunnelDay.ComputedOnUtc)
    ];
    private static readonly string[] _sourceKeys =
        [nameof(KpiSourceDay.StoreId), nameof(KpiSourceDay.LocalDay), nameof(KpiSourceDay.Source), nameof(KpiSourceDay.Medium), nameof(KpiSourceDay.Campaign)];
    private static readonly string[] _sourceFigures = [nameof(KpiSourceDay.VisitorCount), nameof(KpiSourceDay.OrderCount), nameof(KpiSourceDay.ComputedOnUtc)];

    private readonly INopDataProvider _dataProvider;
    private readonly IRepository<KpiFunnelDay> _funnelDays;
    private readonly ISettingService _settingService;
    private readonly IRepository<KpiSourceDay> _sourceDays;
    private readonly TimeProvider _timeProvider;
    private readonly PlannerTimeZones _timeZones;
    private readonly IRepository<KpiVisit> _visits;

    public KpiTrafficRollupService(INopDataProvider dataProvider, IRepository<KpiFunnelDay> funnelDays, ISettingService settingService,
        IRepository<KpiSourceDay> sourceDays, TimeProvider timeProvider, PlannerTimeZones timeZones, IRepository<KpiVisit> visits)
    {
        _dataProvider = dataProvider;
        _funnelDays = funnelDays;
        _settingService = settingService;
        _sourceDays = sourceDays;
        _timeProvider = timeProvider;
        _timeZones = timeZones;
        _visits = visits;
    }

    public async Task<bool> RollUpDayAsync(int storeId, DateOnly day)
    {
        var zone = await _timeZones.ForStoreAsync(storeId);
        var today = KpiDay.Of(_timeProvider.GetUtcNow().UtcDateTime, zone);
        if (day < await OldestKeptDayAsync(storeId, today))
            return false;

        var key = KpiDay.Key(day);
        var visits = _visits.Table.Where(v => v.StoreId == storeId && v.LocalDay == key);
        var funnel = await visits.GroupBy(v => v.StoreId).Select(g => new
        {
            Visitors = g.Count(),
            ProductViews = g.Count(v => v.Step >= (int)KpiFunnelStep.ProductView),
            Carts = g.Count(v => v.Step >= (int)KpiFunnelStep.AddToCart),
            Checkouts = g.Count(v => v.Step >= (int)KpiFunnelStep.CheckoutStarted),
            Orders = g.Count(v => v.Step >= (int)KpiFunnelStep.OrderPlaced)
        }).FirstOrDefaultAsync();

        if (funnel == null && await _funnelDays.Table.AnyAsync(f => f.StoreId == storeId && f.LocalDay == key && f.VisitorCount > 0))
            return false; // its raw rows are gone (retention, a shorter setting since): keep the rolled-up figures

        var now = DateTime.SpecifyKind(_timeProvider.GetUtcNow().UtcDateTime, DateTimeKind.Unspecified);
        await _dataProvider.ExecuteNonQueryAsync(KpiUpsertSql.Overwrite(_dataProvider.ConfigurationName, KpiTables.FunnelDay, _funnelKeys, _funnelFigures),
            new DataParameter(nameof(KpiFunnelDay.StoreId), storeId),
            new DataParameter(nameof(KpiFunnelDay.LocalDay), key),
            new DataParameter(nameof(KpiFunnelDay.VisitorCount), funnel?.Visitors ?? 0),
            new DataParameter(nameof(KpiFunnelDay.ProductViewCount), funnel?.ProductViews ?? 0),
            new DataParameter(nameof(KpiFunnelDay.AddToCartCount), funnel?.Carts ?? 0),
            new DataParameter(nameof(KpiFunnelDay.CheckoutCount), funnel?.Checkouts ?? 0),
            new DataParameter(nameof(KpiFunnelDay.OrderCount), funnel?.Orders ?? 0),
            new DataParameter(nameof(KpiFunnelDay.TimeZoneId), zone.Id),
            new DataParameter(nameof(KpiFunnelDay.ComputedOnUtc), now));

        var sources = await SourcesAsync(visits);
        var sourceSql = KpiUpsertSql.Overwrite(_dataProvider.ConfigurationName, KpiTables.SourceDay, _sourceKeys, _sourceFigures);
        foreach (var source in sources)
            await _dataProvider.ExecuteNonQueryAsync(sourceSql,
                new DataParameter(nameof(KpiSourceDay.StoreId), storeId),
                new DataParameter(nameof(KpiSourceDay.LocalDay), key),
                new DataParameter(nameof(KpiSourceDay.Source), source.Key.Source),
                new DataParameter(nameof(KpiSourceDay.Medium), source.Key.Medium),
                new DataParameter(nameof(KpiSourceDay.Campaign), source.Key.Campaign),
                new DataParameter(nameof(KpiSourceDay.VisitorCount), source.Value.Visitors),
                new DataParameter(nameof(KpiSourceDay.OrderCount), source.Value.Orders),
                new DataParameter(nameof(KpiSourceDay.ComputedOnUtc), now));

        // source rows of the day no longer present (a visitor's row deleted, the smaller sources folded together)
        var existing = await _sourceDays.Table.Where(s => s.StoreId == storeId && s.LocalDay == key)
            .Select(s => new { s.Id, s.Source, s.Medium, s.Campaign }).ToListAsync();
        var gone = existing.Where(s => !sources.ContainsKey(new KpiEntrySource(s.Source, s.Medium, s.Campaign))).Select(s => s.Id).ToArray();
        if (gone.Length > 0)
            await LinqToDB.LinqExtensions.DeleteAsync(_sourceDays.Table.Where(s => gone.Contains(s.Id)));
        return true;
    }

    public async Task<KpiTrafficRun> RunAsync(int storeId)
    {
        var zone = await _timeZones.ForStoreAsync(storeId);
        var today = KpiDay.Of(_timeProvider.GetUtcNow().UtcDateTime, zone);
        var rolledUp = 0;
        foreach (var day in new[] { today, today.AddDays(-1) })
            if (await RollUpDayAsync(storeId, day))
                rolledUp++;

        var cutoff = KpiDay.Key(await OldestKeptDayAsync(storeId, today));
        var deleted = 0;
        for (var batch = 0; batch < KpiTrafficLimits.DeleteBatchesPerRun; batch++)
        {
            var ids = await _visits.Table.Where(v => v.StoreId == storeId && v.LocalDay < cutoff)
                .OrderBy(v => v.Id).Select(v => v.Id).Take(KpiTrafficLimits.DeleteBatchSize).ToArrayAsync();
            if (ids.Length == 0)
                return new KpiTrafficRun(rolledUp, deleted, false);
            deleted += await LinqToDB.LinqExtensions.DeleteAsync(_visits.Table.Where(v => ids.Contains(v.Id)));
        }

        return new KpiTrafficRun(rolledUp, deleted, true);
    }

    /// <summary>The oldest local day whose raw rows are kept (today minus the retention setting of the store).</summary>
    private async Task<DateOnly> OldestKeptDayAsync(int storeId, DateOnly today)
    {
        var settings = await _settingService.LoadSettingAsync<MerchantOpsSettings>(storeId);
        return today.AddDays(-Math.Max(KpiTrafficLimits.LeastRetentionDays, settings.KpiVisitRetentionDays));
    }

    /// <summary>The day's sources, the biggest <see cref="KpiTrafficLimits.MostSourcesPerDay"/> kept, the others counted together.</summary>
    private static async Task<Dictionary<KpiEntrySource, (int Visitors, int Orders)>> SourcesAsync(IQueryable<KpiVisit> visits)
    {
        var groups = await visits.GroupBy(v => new { v.Source, v.Medium, v.Campaign })
            .Select(g => new { g.Key.Source, g.Key.Medium, g.Key.Campaign, Visitors = g.Count(), Orders = g.Count(v => v.Step >= (int)KpiFunnelStep.OrderPlaced) })
            .ToListAsync();

        var result = new Dictionary<KpiEntrySource, (int Visitors, int Orders)>();
        var other = new KpiEntrySource(KpiTrafficLimits.OtherSource, string.Empty, string.Empty);
        var kept = 0;
        foreach (var group in groups.OrderByDescending(g => g.Visitors).ThenBy(g => g.Source, StringComparer.Ordinal)
                     .ThenBy(g => g.Medium, StringComparer.Ordinal).ThenBy(g => g.Campaign, StringComparer.Ordinal))
        {
            var key = kept++ < KpiTrafficLimits.MostSourcesPerDay ? new KpiEntrySource(group.Source, group.Medium, group.Campaign) : other;
            result.TryGetValue(key, out var sum);
            result[key] = (sum.Visitors + group.Visitors, sum.Orders + group.Orders);
        }

        return result;
    }
}
