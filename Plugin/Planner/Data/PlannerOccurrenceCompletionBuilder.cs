using FluentMigrator.Builders.Create.Table;
using Nop.Data.Extensions;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.MerchantOps.Planner.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Data;

public class PlannerOccurrenceCompletionBuilder : NopEntityBuilder<PlannerOccurrenceCompletion>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(PlannerOccurrenceCompletion.BlockId)).AsInt32().ForeignKey<PlannerBlock>(onDelete: System.Data.Rule.Cascade)
            .WithColumn(nameof(PlannerOccurrenceCompletion.OccurrenceStartLocal)).AsNopDateTime2().NotNullable()
            .WithColumn(nameof(PlannerOccurrenceCompletion.DoneOnUtc)).AsNopDateTime2()
            .WithColumn(nameof(PlannerOccurrenceCompletion.Note)).AsString(PlannerLimits.MaxCompletionNoteLength).Nullable();
    }
}
