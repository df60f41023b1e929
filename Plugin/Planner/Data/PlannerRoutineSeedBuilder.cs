using FluentMigrator.Builders.Create.Table;
using Nop.Data.Extensions;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.MerchantOps.Planner.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Data;

public class PlannerRoutineSeedBuilder : NopEntityBuilder<PlannerRoutineSeed>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(PlannerRoutineSeed.StoreId)).AsInt32().NotNullable().Unique(PlannerTables.RoutineStoreIndex)
            .WithColumn(nameof(PlannerRoutineSeed.Culture)).AsString(PlannerLimits.MaxCultureLength).Nullable()
            .WithColumn(nameof(PlannerRoutineSeed.CreatedOnUtc)).AsNopDateTime2();
    }
}
