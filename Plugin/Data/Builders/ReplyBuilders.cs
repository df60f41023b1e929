using FluentMigrator.Builders.Create.Table;
using Nop.Data.Extensions;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.MerchantOps.Replies.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Data.Builders;

// As for packing: no foreign keys to nopCommerce's tables (an order, customer or queued email deleted in
// nopCommerce must stay deletable; the send log keeps the ids).

public class CannedReplyBuilder : NopEntityBuilder<CannedReply>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(CannedReply.Title)).AsString(ReplyLimits.MaxTitleLength).NotNullable()
            .WithColumn(nameof(CannedReply.Category)).AsString(ReplyLimits.MaxCategoryLength).Nullable()
            .WithColumn(nameof(CannedReply.Shortcut)).AsString(ReplyLimits.MaxShortcutLength).Nullable()
            .WithColumn(nameof(CannedReply.Subject)).AsString(ReplyLimits.MaxSubjectLength).Nullable()
            .WithColumn(nameof(CannedReply.SeedKey)).AsString(ReplyLimits.MaxSeedKeyLength).Nullable().Indexed()
            .WithColumn(nameof(CannedReply.ShortcutKey)).AsString(ReplyTables.MaxShortcutKeyLength).NotNullable()
                .Unique(ReplyTables.ShortcutKeyIndex)
            .WithColumn(nameof(CannedReply.CreatedOnUtc)).AsNopDateTime2()
            .WithColumn(nameof(CannedReply.UpdatedOnUtc)).AsNopDateTime2();
    }
}

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
