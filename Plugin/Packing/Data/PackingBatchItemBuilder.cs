using FluentMigrator.Builders.Create.Table;
using Nop.Data.Extensions;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Data;

public class PackingBatchItemBuilder : NopEntityBuilder<PackingBatchItem>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(PackingBatchItem.BatchOrderId)).AsInt32().ForeignKey<PackingBatchOrder>()
            .WithColumn(nameof(PackingBatchItem.BatchId)).AsInt32().Indexed()
            .WithColumn(nameof(PackingBatchItem.OrderItemId)).AsInt32().Indexed()
            .WithColumn(nameof(PackingBatchItem.ActiveOrderItemId)).AsInt32().NotNullable().Unique(PackingTables.ActiveOrderItemIndex);
    }
}
