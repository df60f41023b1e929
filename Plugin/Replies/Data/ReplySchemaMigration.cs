using FluentMigrator;
using Nop.Data.Extensions;
using Nop.Data.Migrations;
using Nop.Plugin.Misc.MerchantOps.Replies.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Data;

/// <summary>
/// The canned reply tables (library and send log). Each step checks what exists, so a re-run after a failed
/// install or a Down() of a half-created schema works. NoMatter: runs at install and, for a store that had the
/// plugin before replies existed, at update.
/// </summary>
[NopMigration("2026/11/23 16:00:00:0000000", "Misc.MerchantOps canned replies", MigrationProcessType.NoMatter)]
public class ReplySchemaMigration : Migration
{
    public override void Up()
    {
        if (!Schema.Table(ReplyTables.Reply).Exists())
            Create.TableFor<CannedReply>();
        if (!Schema.Table(ReplyTables.Send).Exists())
            Create.TableFor<CannedReplySend>();

        if (!Schema.Table(ReplyTables.Reply).Index(ReplyTables.PickerIndex).Exists())
            Create.Index(ReplyTables.PickerIndex).OnTable(ReplyTables.Reply)
                .OnColumn(nameof(CannedReply.Deleted)).Ascending()
                .OnColumn(nameof(CannedReply.Active)).Ascending()
                .OnColumn(nameof(CannedReply.LanguageId)).Ascending()
                .OnColumn(nameof(CannedReply.StoreId)).Ascending()
                .OnColumn(nameof(CannedReply.DisplayOrder)).Ascending();
    }

    public override void Down()
    {
        foreach (var table in new[] { ReplyTables.Send, ReplyTables.Reply })
            if (Schema.Table(table).Exists())
                Delete.Table(table);
    }
}
