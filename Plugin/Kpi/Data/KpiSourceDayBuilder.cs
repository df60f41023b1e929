using FluentMigrator.Builders.Create.Table;
using Nop.Data.Extensions;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Data;

// Source, medium and campaign are never null (empty when absent), so the unique key compares them on every engine.
public class KpiSourceDayBuilder : NopEntityBuilder<KpiSourceDay>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(KpiSourceDay.StoreId)).AsInt32().NotNullable()
            .WithColumn(nameof(KpiSourceDay.LocalDay)).AsInt32().NotNullable()
            .WithColumn(nameof(KpiSourceDay.Source)).AsString(KpiSources.ValueLength).NotNullable()
            .WithColumn(nameof(KpiSourceDay.Medium)).AsString(KpiSources.ValueLength).NotNullable()
            .WithColumn(nameof(KpiSourceDay.Campaign)).AsString(KpiSources.ValueLength).NotNullable()
            .WithColumn(nameof(KpiSourceDay.ComputedOnUtc)).AsNopDateTime2();
    }
}
