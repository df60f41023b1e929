using LinqToDB;
using LinqToDB.Data;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Data;

/// <summary>
/// Writes a day's figures as one statement per (store, vendor, day) that inserts the row or, when the unique key
/// <see cref="KpiTables.SalesDayKeyIndex"/> already holds one, overwrites its figures: two rollups of the same day at the
/// same moment (two app instances) end with one row holding the figures, never two rows or a sum. The database decides,
/// atomically: PostgreSQL and SQLite <c>INSERT … ON CONFLICT … DO UPDATE</c>, MySQL/MariaDB <c>INSERT … ON DUPLICATE
/// KEY UPDATE</c>, SQL Server <c>MERGE … WITH (HOLDLOCK)</c> (the key range stays locked between its check and insert).
/// </summary>
public class KpiSalesDayUpsert
{
    private static readonly string[] _figureColumns =
    [
        nameof(KpiSalesDay.OrderCount), nameof(KpiSalesDay.Revenue), nameof(KpiSalesDay.ItemCount), nameof(KpiSalesDay.NewCustomerCount),
        nameof(KpiSalesDay.ReturningCustomerCount), nameof(KpiSalesDay.RefundedOrderCount), nameof(KpiSalesDay.RefundedAmount),
        nameof(KpiSalesDay.CancelledOrderCount), nameof(KpiSalesDay.CancelledAmount), nameof(KpiSalesDay.TimeZoneId),
        nameof(KpiSalesDay.ComputedOnUtc)
    ];

    private static readonly string[] _keyColumns = [nameof(KpiSalesDay.StoreId), nameof(KpiSalesDay.VendorId), nameof(KpiSalesDay.LocalDay)];

    private readonly INopDataProvider _dataProvider;
    private readonly IRepository<KpiSalesDay> _salesDays;

    public KpiSalesDayUpsert(INopDataProvider dataProvider, IRepository<KpiSalesDay> salesDays)
    {
        _dataProvider = dataProvider;
        _salesDays = salesDays;
    }

    public Task WriteAsync(int storeId, int localDay, KpiSalesFigures figures, string timeZoneId, DateTime nowUtc) =>
        _dataProvider.ExecuteNonQueryAsync(Statement(), Parameters(storeId, localDay, figures, timeZoneId, nowUtc));

    /// <summary>Vendor rows of the day for vendors that no longer have lines that day (an order deleted since), removed.</summary>
    public Task<int> DeleteOtherVendorsAsync(int storeId, int localDay, IReadOnlyCollection<int> keptVendorIds)
    {
        var kept = keptVendorIds.ToArray();
        return _salesDays.Table
            .Where(row => row.StoreId == storeId && row.LocalDay == localDay && row.VendorId > 0 && !kept.Contains(row.VendorId))
            .DeleteAsync();
    }

    private string Statement()
    {
        var provider = _dataProvider.ConfigurationName ?? string.Empty;
        var all = _keyColumns.Concat(_figureColumns).ToArray();
        if (provider.StartsWith(ProviderName.MySql, StringComparison.OrdinalIgnoreCase) || provider.StartsWith("MariaDB", StringComparison.OrdinalIgnoreCase))
            return $"INSERT INTO `{KpiTables.SalesDay}` ({string.Join(", ", all.Select(c => $"`{c}`"))}) " +
                $"VALUES ({string.Join(", ", all.Select(c => "@" + c))}) " +
                $"ON DUPLICATE KEY UPDATE {string.Join(", ", _figureColumns.Select(c => $"`{c}` = VALUES(`{c}`)"))}";

        if (provider.StartsWith(ProviderName.SqlServer, StringComparison.OrdinalIgnoreCase))
            return $"MERGE [{KpiTables.SalesDay}] WITH (HOLDLOCK) AS t " +
                $"USING (SELECT {string.Join(", ", all.Select(c => $"@{c} AS [{c}]"))}) AS s " +
                $"ON {string.Join(" AND ", _keyColumns.Select(c => $"t.[{c}] = s.[{c}]"))} " +
                $"WHEN MATCHED THEN UPDATE SET {string.Join(", ", _figureColumns.Select(c => $"[{c}] = s.[{c}]"))} " +
                $"WHEN NOT MATCHED THEN INSERT ({string.Join(", ", all.Select(c => $"[{c}]"))}) VALUES ({string.Join(", ", all.Select(c => $"s.[{c}]"))});";

        // PostgreSQL and SQLite
        return $"INSERT INTO \"{KpiTables.SalesDay}\" ({string.Join(", ", all.Select(c => $"\"{c}\""))}) " +
            $"VALUES ({string.Join(", ", all.Select(c => "@" + c))}) " +
            $"ON CONFLICT ({string.Join(", ", _keyColumns.Select(c => $"\"{c}\""))}) " +
            $"DO UPDATE SET {string.Join(", ", _figureColumns.Select(c => $"\"{c}\" = EXCLUDED.\"{c}\""))}";
    }

    // Types inferred from the values: linq2db's DataType enum is numbered differently in linq2db 5 (the store) and 6.
    private static DataParameter[] Parameters(int storeId, int localDay, KpiSalesFigures figures, string timeZoneId, DateTime nowUtc) =>
    [
        new(nameof(KpiSalesDay.StoreId), storeId),
        new(nameof(KpiSalesDay.VendorId), figures.VendorId),
        new(nameof(KpiSalesDay.LocalDay), localDay),
        new(nameof(KpiSalesDay.OrderCount), figures.OrderCount),
        new(nameof(KpiSalesDay.Revenue), figures.Revenue),
        new(nameof(KpiSalesDay.ItemCount), figures.ItemCount),
        new(nameof(KpiSalesDay.NewCustomerCount), figures.NewCustomerCount),
        new(nameof(KpiSalesDay.ReturningCustomerCount), figures.ReturningCustomerCount),
        new(nameof(KpiSalesDay.RefundedOrderCount), figures.RefundedOrderCount),
        new(nameof(KpiSalesDay.RefundedAmount), figures.RefundedAmount),
        new(nameof(KpiSalesDay.CancelledOrderCount), figures.CancelledOrderCount),
        new(nameof(KpiSalesDay.CancelledAmount), figures.CancelledAmount),
        new(nameof(KpiSalesDay.TimeZoneId), timeZoneId),
        new(nameof(KpiSalesDay.ComputedOnUtc), DateTime.SpecifyKind(nowUtc, DateTimeKind.Unspecified))
    ];

    /// <summary>The store's rows rolled up in another zone than <paramref name="zoneId"/> (every vendor, every day): its zone changed.</summary>
    public Task<int> DeleteOtherZonesAsync(int storeId, string zoneId) =>
        _salesDays.Table.Where(row => row.StoreId == storeId && (row.TimeZoneId == null || row.TimeZoneId != zoneId)).DeleteAsync();
}
