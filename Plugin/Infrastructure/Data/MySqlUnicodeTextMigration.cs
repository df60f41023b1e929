using FluentMigrator;
using Nop.Data.Migrations;
using Nop.Plugin.Misc.MerchantOps.Packing.Data;
using Nop.Plugin.Misc.MerchantOps.Replies.Data;

namespace Nop.Plugin.Misc.MerchantOps.Infrastructure.Data;

/// <summary>
/// MySQL and MariaDB only: the plugin's tables in utf8mb4. FluentMigrator makes an AsString(n) column NVARCHAR(n),
/// which these servers store in utf8 (3 bytes a character), so an emoji in a batch name, a packing note or a reply's
/// title or subject is refused ("Incorrect string value") and the page fails. Converting a table gives its text
/// columns utf8mb4 with that character set's default collation (case-insensitive, like the store's). The other
/// engines store text in full Unicode already. Converting again changes nothing, so a re-run is harmless.
/// NoMatter: runs at install after the tables are made, and at update for a store that had the plugin before.
/// </summary>
[NopMigration("2026/11/24 10:00:00:0000000", "Misc.MerchantOps utf8mb4 text on MySQL", MigrationProcessType.NoMatter)]
public class MySqlUnicodeTextMigration : Migration
{
    private static readonly string[] _tables =
    [
        PackingTables.Batch, PackingTables.BatchOrder, PackingTables.BatchItem, PackingTables.Event,
        ReplyTables.Reply, ReplyTables.Send
    ];

    public override void Up()
    {
        foreach (var table in _tables)
            IfDatabase("MySql").Execute.Sql($"ALTER TABLE `{table}` CONVERT TO CHARACTER SET utf8mb4");
    }

    // The tables are dropped by the migrations that made them.
    public override void Down()
    {
    }
}
