using FluentMigrator.Builders.Create.Table;
using Nop.Data.Extensions;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Data;

public class KpiFunnelDayBuilder : NopEntityBuilder<KpiFunnelDay>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(KpiFunnelDay.StoreId)).AsInt32().NotNullable()
            .WithColumn(nameof(KpiFunnelDay.LocalDay)).AsInt32().NotNullable()
            .WithColumn(nameof(KpiFunnelDay.TimeZoneId)).AsString(KpiLimits.TimeZoneIdLength).Nullable()
            .WithColumn(nameof(KpiFunnelDay.ComputedOnUtc)).AsNopDateTime2();
    }
}
