using FluentMigrator.Builders.Create.Table;
using Nop.Data.Extensions;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Data;

public class PackingBatchOrderBuilder : NopEntityBuilder<PackingBatchOrder>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(PackingBatchOrder.BatchId)).AsInt32().ForeignKey<PackingBatch>()
            .WithColumn(nameof(PackingBatchOrder.OrderId)).AsInt32().Indexed()
            .WithColumn(nameof(PackingBatchOrder.ActiveOrderId)).AsInt32().NotNullable().Indexed(PackingTables.ActiveOrderIndex)
            .WithColumn(nameof(PackingBatchOrder.Note)).AsString(PackingLimits.MaxNoteLength).Nullable()
            .WithColumn(nameof(PackingBatchOrder.ProblemResourceKey)).AsString(200).Nullable()
            .WithColumn(nameof(PackingBatchOrder.TrackingNumber)).AsString(PackingLimits.MaxTrackingNumberLength).Nullable();
    }
}
