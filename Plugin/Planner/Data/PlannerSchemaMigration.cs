using FluentMigrator;
using Nop.Data.Extensions;
using Nop.Data.Migrations;
using Nop.Plugin.Misc.MerchantOps.Planner.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Data;

/// <summary>
/// The planner tables, the week view's index and the unique keys that settle races: one exception and one completion
/// per occurrence, one feed per staff member, one default routine per store. On MySQL and MariaDB the tables are
/// converted to utf8mb4 (emoji in titles and notes). Each step checks what exists, so a re-run after a failed install
/// or a Down() of a half-created schema works. NoMatter: runs at install and, for a store that had the plugin before
/// the planner, at update.
/// </summary>
[NopMigration("2026/12/07 09:00:00:0000000", "Misc.MerchantOps planner", MigrationProcessType.NoMatter)]
public class PlannerSchemaMigration : Migration
{
    private static readonly string[] _tables =
    [
        PlannerTables.Block, PlannerTables.OccurrenceException, PlannerTables.OccurrenceCompletion, PlannerTables.FeedSecret,
        PlannerTables.RoutineSeed
    ];

    public override void Up()
    {
        if (!Schema.Table(PlannerTables.Block).Exists())
            Create.TableFor<PlannerBlock>();
        if (!Schema.Table(PlannerTables.OccurrenceException).Exists())
            Create.TableFor<PlannerOccurrenceException>();
        if (!Schema.Table(PlannerTables.OccurrenceCompletion).Exists())
            Create.TableFor<PlannerOccurrenceCompletion>();
        if (!Schema.Table(PlannerTables.FeedSecret).Exists())
            Create.TableFor<PlannerFeedSecret>();
        if (!Schema.Table(PlannerTables.RoutineSeed).Exists())
            Create.TableFor<PlannerRoutineSeed>();

        if (!Schema.Table(PlannerTables.Block).Index(PlannerTables.BlockStoreStartIndex).Exists())
            Create.Index(PlannerTables.BlockStoreStartIndex).OnTable(PlannerTables.Block)
                .OnColumn(nameof(PlannerBlock.StoreId)).Ascending()
                .OnColumn(nameof(PlannerBlock.StartLocal)).Ascending();

        if (!Schema.Table(PlannerTables.OccurrenceException).Index(PlannerTables.ExceptionOccurrenceIndex).Exists())
            Create.Index(PlannerTables.ExceptionOccurrenceIndex).OnTable(PlannerTables.OccurrenceException)
                .OnColumn(nameof(PlannerOccurrenceException.BlockId)).Ascending()
                .OnColumn(nameof(PlannerOccurrenceException.OriginalStartLocal)).Ascending()
                .WithOptions().Unique();

        if (!Schema.Table(PlannerTables.OccurrenceCompletion).Index(PlannerTables.CompletionOccurrenceIndex).Exists())
            Create.Index(PlannerTables.CompletionOccurrenceIndex).OnTable(PlannerTables.OccurrenceCompletion)
                .OnColumn(nameof(PlannerOccurrenceCompletion.BlockId)).Ascending()
                .OnColumn(nameof(PlannerOccurrenceCompletion.OccurrenceStartLocal)).Ascending()
                .WithOptions().Unique();

        foreach (var table in _tables)
            IfDatabase("MySql").Execute.Sql($"ALTER TABLE `{table}` CONVERT TO CHARACTER SET utf8mb4");
    }

    public override void Down()
    {
        foreach (var table in new[]
                 {
                     PlannerTables.RoutineSeed, PlannerTables.FeedSecret, PlannerTables.OccurrenceCompletion,
                     PlannerTables.OccurrenceException, PlannerTables.Block
                 })
            if (Schema.Table(table).Exists())
                Delete.Table(table);
    }
}
