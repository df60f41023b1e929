using System.Data;
using FluentMigrator.Builders.Create.Table;
using Nop.Data.Extensions;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Data;

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
