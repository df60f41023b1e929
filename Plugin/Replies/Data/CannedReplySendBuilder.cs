using FluentMigrator.Builders.Create.Table;
using Nop.Data.Extensions;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.MerchantOps.Replies.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Data;

public class CannedReplySendBuilder : NopEntityBuilder<CannedReplySend>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(CannedReplySend.SendKey)).AsGuid().NotNullable().Unique(ReplyTables.SendKeyIndex)
            .WithColumn(nameof(CannedReplySend.ReplyId)).AsInt32().Indexed()
            .WithColumn(nameof(CannedReplySend.OrderId)).AsInt32().Indexed()
            .WithColumn(nameof(CannedReplySend.CustomerId)).AsInt32().Indexed()
            .WithColumn(nameof(CannedReplySend.Subject)).AsString(ReplyLimits.MaxSubjectLength).Nullable()
            .WithColumn(nameof(CannedReplySend.ToEmail)).AsString(ReplyLimits.MaxEmailLength).Nullable()
            .WithColumn(nameof(CannedReplySend.Error)).AsString(ReplyLimits.MaxErrorLength).Nullable()
            .WithColumn(nameof(CannedReplySend.CreatedOnUtc)).AsNopDateTime2().Indexed();
    }
}
