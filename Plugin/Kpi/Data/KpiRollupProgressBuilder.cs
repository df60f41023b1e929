using FluentMigrator.Builders.Create.Table;
using Nop.Data.Extensions;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Data;

public class KpiRollupProgressBuilder : NopEntityBuilder<KpiRollupProgress>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(KpiRollupProgress.StoreId)).AsInt32().NotNullable().Unique(KpiTables.ProgressStoreIndex)
            .WithColumn(nameof(KpiRollupProgress.TimeZoneId)).AsString(KpiLimits.TimeZoneIdLength).Nullable()
            .WithColumn(nameof(KpiRollupProgress.BackfillCompletedOnUtc)).AsNopDateTime2().Nullable()
            .WithColumn(nameof(KpiRollupProgress.ClaimToken)).AsGuid().Nullable()
            .WithColumn(nameof(KpiRollupProgress.ClaimExpiresOnUtc)).AsNopDateTime2().Nullable()
            .WithColumn(nameof(KpiRollupProgress.StartedOnUtc)).AsNopDateTime2()
            .WithColumn(nameof(KpiRollupProgress.UpdatedOnUtc)).AsNopDateTime2();
    }
}
