using FluentMigrator;
using Nop.Data.Extensions;
using Nop.Data.Migrations;
using Nop.Plugin.Misc.MerchantOps.Replies.Data;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Data;

/// <summary>
/// The follow-ups' rules, claims and opt-outs, and the reply send log's "sent by rule" column. The unique (rule, target,
/// version) key is where two task runs settle. Each step checks what exists (a re-run after a failed install works).
/// NoMatter: install, and update of a store that had the replies before.
/// </summary>
[NopMigration("2026/12/08 09:00:00:0000000", "Misc.MerchantOps follow-ups", MigrationProcessType.NoMatter)]
public class FollowUpSchemaMigration : Migration
{
    public override void Up()
    {
        if (!Schema.Table(FollowUpTables.Rule).Exists())
            Create.TableFor<FollowUpRule>();
        if (!Schema.Table(FollowUpTables.Send).Exists())
            Create.TableFor<FollowUpSend>();
        if (!Schema.Table(FollowUpTables.OptOut).Exists())
            Create.TableFor<FollowUpOptOut>();

        if (!Schema.Table(FollowUpTables.Send).Index(FollowUpTables.SendTargetIndex).Exists())
            Create.Index(FollowUpTables.SendTargetIndex).OnTable(FollowUpTables.Send)
                .OnColumn(nameof(FollowUpSend.RuleId)).Ascending()
                .OnColumn(nameof(FollowUpSend.TargetId)).Ascending()
                .OnColumn(nameof(FollowUpSend.TargetVersion)).Ascending()
                .WithOptions().Unique();
        if (!Schema.Table(FollowUpTables.Send).Index(FollowUpTables.SendClickTokenIndex).Exists())
            Create.Index(FollowUpTables.SendClickTokenIndex).OnTable(FollowUpTables.Send)
                .OnColumn(nameof(FollowUpSend.ClickToken)).Ascending()
                .WithOptions().Unique();
        if (!Schema.Table(FollowUpTables.Send).Index(FollowUpTables.SendCustomerIndex).Exists())
            Create.Index(FollowUpTables.SendCustomerIndex).OnTable(FollowUpTables.Send)
                .OnColumn(nameof(FollowUpSend.CustomerId)).Ascending()
                .OnColumn(nameof(FollowUpSend.CreatedOnUtc)).Ascending();
        if (!Schema.Table(FollowUpTables.OptOut).Index(FollowUpTables.OptOutCustomerIndex).Exists())
            Create.Index(FollowUpTables.OptOutCustomerIndex).OnTable(FollowUpTables.OptOut)
                .OnColumn(nameof(FollowUpOptOut.CustomerId)).Ascending()
                .WithOptions().Unique();

        // A store that had the replies before: the send log gets the rule column (a new install has it from the table).
        if (!Schema.Table(ReplyTables.Send).Column(FollowUpTables.ReplySendRuleColumn).Exists())
            Alter.Table(ReplyTables.Send).AddColumn(FollowUpTables.ReplySendRuleColumn).AsInt32().Nullable();
    }

    // The replies' column goes with the replies' table (ReplySchemaMigration drops it).
    public override void Down()
    {
        foreach (var table in new[] { FollowUpTables.OptOut, FollowUpTables.Send, FollowUpTables.Rule })
            if (Schema.Table(table).Exists())
                Delete.Table(table);
    }
}
