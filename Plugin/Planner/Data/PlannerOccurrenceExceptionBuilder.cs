using FluentMigrator.Builders.Create.Table;
using Nop.Data.Extensions;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.MerchantOps.Planner.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Data;

public class PlannerOccurrenceExceptionBuilder : NopEntityBuilder<PlannerOccurrenceException>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(PlannerOccurrenceException.BlockId)).AsInt32().ForeignKey<PlannerBlock>(onDelete: System.Data.Rule.Cascade)
            .WithColumn(nameof(PlannerOccurrenceException.OriginalStartLocal)).AsNopDateTime2().NotNullable()
            .WithColumn(nameof(PlannerOccurrenceException.MovedStartLocal)).AsNopDateTime2().Nullable()
            .WithColumn(nameof(PlannerOccurrenceException.ChangedOnUtc)).AsNopDateTime2();
    }
}
