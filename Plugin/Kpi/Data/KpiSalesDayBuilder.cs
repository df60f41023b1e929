using FluentMigrator.Builders.Create.Table;
using Nop.Data.Extensions;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Data;

// No foreign keys to nopCommerce's tables (stores, vendors): the plugin must never stop nopCommerce from deleting them.
// The unique key (store, vendor, day) is created by the migration, named, so the upsert can name its columns.

public class KpiSalesDayBuilder : NopEntityBuilder<KpiSalesDay>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(KpiSalesDay.StoreId)).AsInt32().NotNullable()
            .WithColumn(nameof(KpiSalesDay.VendorId)).AsInt32().NotNullable()
            .WithColumn(nameof(KpiSalesDay.LocalDay)).AsInt32().NotNullable()
            .WithColumn(nameof(KpiSalesDay.Revenue)).AsDecimal(18, KpiLimits.AmountDecimals).NotNullable()
            .WithColumn(nameof(KpiSalesDay.RefundedAmount)).AsDecimal(18, KpiLimits.AmountDecimals).NotNullable()
            .WithColumn(nameof(KpiSalesDay.CancelledAmount)).AsDecimal(18, KpiLimits.AmountDecimals).NotNullable()
            .WithColumn(nameof(KpiSalesDay.TimeZoneId)).AsString(KpiLimits.TimeZoneIdLength).Nullable()
            .WithColumn(nameof(KpiSalesDay.ComputedOnUtc)).AsNopDateTime2();
    }
}
