using LinqToDB.Data;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Capture;

/// <summary>
/// Records a visitor's step of a day in one statement: inserts the row (with the entry source) or, when the key
/// (store, day, customer) exists and its stored step is lower, raises the step; a lower or equal step changes nothing.
/// Two requests of the same visitor at once, on one or two app instances, settle in the database on the unique key.
/// The source is never updated: it stays the one of the day's first recorded page.
/// </summary>
public class KpiVisitUpsert
{
    private static readonly string[] _keys = [nameof(KpiVisit.StoreId), nameof(KpiVisit.LocalDay), nameof(KpiVisit.CustomerId)];
    private static readonly string[] _raised = [nameof(KpiVisit.Step), nameof(KpiVisit.LastStepUtc)];
    private static readonly string[] _insertOnly =
        [nameof(KpiVisit.Source), nameof(KpiVisit.Medium), nameof(KpiVisit.Campaign), nameof(KpiVisit.FirstSeenUtc)];

    private readonly INopDataProvider _dataProvider;

    public KpiVisitUpsert(INopDataProvider dataProvider)
    {
        _dataProvider = dataProvider;
    }

    public Task WriteAsync(int storeId, int localDay, int customerId, KpiFunnelStep step, KpiEntrySource source, DateTime nowUtc)
    {
        var sql = KpiUpsertSql.RaiseOnly(_dataProvider.ConfigurationName, KpiCaptureTables.Visit, _keys, nameof(KpiVisit.Step), _raised, _insertOnly);
        var now = DateTime.SpecifyKind(nowUtc, DateTimeKind.Unspecified);
        return _dataProvider.ExecuteNonQueryAsync(sql,
            new DataParameter(nameof(KpiVisit.StoreId), storeId),
            new DataParameter(nameof(KpiVisit.LocalDay), localDay),
            new DataParameter(nameof(KpiVisit.CustomerId), customerId),
            new DataParameter(nameof(KpiVisit.Step), (int)step),
            new DataParameter(nameof(KpiVisit.LastStepUtc), now),
            new DataParameter(nameof(KpiVisit.Source), source.Source),
            new DataParameter(nameof(KpiVisit.Medium), source.Medium),
            new DataParameter(nameof(KpiVisit.Campaign), source.Campaign),
            new DataParameter(nameof(KpiVisit.FirstSeenUtc), now));
    }
}
