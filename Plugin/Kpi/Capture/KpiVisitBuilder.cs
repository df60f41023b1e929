using FluentMigrator.Builders.Create.Table;
using Nop.Data.Extensions;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Capture;

// Source, medium and campaign are never null (empty when absent), as in the source rollup's key.
public class KpiVisitBuilder : NopEntityBuilder<KpiVisit>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(KpiVisit.StoreId)).AsInt32().NotNullable()
            .WithColumn(nameof(KpiVisit.CustomerId)).AsInt32().NotNullable()
            .WithColumn(nameof(KpiVisit.LocalDay)).AsInt32().NotNullable()
            .WithColumn(nameof(KpiVisit.Step)).AsInt32().NotNullable()
            .WithColumn(nameof(KpiVisit.Source)).AsString(KpiSources.ValueLength).NotNullable()
            .WithColumn(nameof(KpiVisit.Medium)).AsString(KpiSources.ValueLength).NotNullable()
            .WithColumn(nameof(KpiVisit.Campaign)).AsString(KpiSources.ValueLength).NotNullable()
            .WithColumn(nameof(KpiVisit.FirstSeenUtc)).AsNopDateTime2()
            .WithColumn(nameof(KpiVisit.LastStepUtc)).AsNopDateTime2();
    }
}
