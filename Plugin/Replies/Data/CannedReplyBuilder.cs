using FluentMigrator.Builders.Create.Table;
using Nop.Data.Extensions;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.MerchantOps.Replies.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Data;

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
