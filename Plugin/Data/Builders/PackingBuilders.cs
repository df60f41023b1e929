using System.Data;
using FluentMigrator.Builders.Create.Table;
using Nop.Data.Extensions;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Data.Builders;

// No foreign keys to nopCommerce's tables: the plugin must never stop nopCommerce from deleting an order item
// (admin order editing does), and SQL Server refuses a second cascade path to the same table.

public class PackingBatchBuilder : NopEntityBuilder<PackingBatch>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table.WithColumn(nameof(PackingBatch.Name)).AsString(PackingLimits.MaxBatchNameLength).Nullable();
    }
}

public class PackingBatchOrderBuilder : NopEntityBuilder<PackingBatchOrder>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(PackingBatchOrder.BatchId)).AsInt32().ForeignKey<PackingBatch>()
            .WithColumn(nameof(PackingBatchOrder.OrderId)).AsInt32().Indexed()
            .WithColumn(nameof(PackingBatchOrder.ActiveOrderId)).AsInt32().NotNullable().Unique(PackingTables.ActiveOrderIndex)
            .WithColumn(nameof(PackingBatchOrder.Note)).AsString(PackingLimits.MaxNoteLength).Nullable()
            .WithColumn(nameof(PackingBatchOrder.ProblemResourceKey)).AsString(200).Nullable()
            .WithColumn(nameof(PackingBatchOrder.TrackingNumber)).AsString(PackingLimits.MaxTrackingNumberLength).Nullable();
    }
}

public class PackingBatchItemBuilder : NopEntityBuilder<PackingBatchItem>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(PackingBatchItem.BatchOrderId)).AsInt32().ForeignKey<PackingBatchOrder>()
            .WithColumn(nameof(PackingBatchItem.BatchId)).AsInt32().Indexed()
            .WithColumn(nameof(PackingBatchItem.OrderItemId)).AsInt32().Indexed();
    }
}

public class PackingEventBuilder : NopEntityBuilder<PackingEvent>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(PackingEvent.BatchId)).AsInt32().ForeignKey<PackingBatch>(onDelete: Rule.Cascade)
            .WithColumn(nameof(PackingEvent.Code)).AsString(PackingLimits.MaxLoggedCodeLength).Nullable()
            .WithColumn(nameof(PackingEvent.ResourceKey)).AsString(200).Nullable()
            .WithColumn(nameof(PackingEvent.Note)).AsString(PackingLimits.MaxNoteLength).Nullable()
            .WithColumn(nameof(PackingEvent.CreatedOnUtc)).AsNopDateTime2().Indexed();
    }
}
