using FluentMigrator;
using Nop.Data.Extensions;
using Nop.Data.Migrations;
using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Data;

/// <summary>
/// The KPI page's journal and revenue targets. Each step checks what exists (a re-run after a failed install works).
/// NoMatter: install, and update of a store that had the KPI rollups already.
/// </summary>
[NopMigration("2026/12/07 13:10:00:0000000", "Misc.MerchantOps KPI journal and revenue targets", MigrationProcessType.NoMatter)]
public class KpiPageSchemaMigration : Migration
{
    public override void Up()
    {
        if (!Schema.Table(KpiPageTables.JournalNote).Exists())
            Create.TableFor<KpiJournalNote>();
        if (!Schema.Table(KpiPageTables.RevenueTarget).Exists())
            Create.TableFor<KpiRevenueTarget>();

        if (!Schema.Table(KpiPageTables.JournalNote).Index(KpiPageTables.JournalStoreDayIndex).Exists())
            Create.Index(KpiPageTables.JournalStoreDayIndex).OnTable(KpiPageTables.JournalNote)
                .OnColumn(nameof(KpiJournalNote.StoreId)).Ascending()
                .OnColumn(nameof(KpiJournalNote.LocalDay)).Ascending();

        if (!Schema.Table(KpiPageTables.RevenueTarget).Index(KpiPageTables.TargetStoreIndex).Exists())
            Create.Index(KpiPageTables.TargetStoreIndex).OnTable(KpiPageTables.RevenueTarget)
                .OnColumn(nameof(KpiRevenueTarget.StoreId)).Ascending()
                .WithOptions().Unique();
    }

    public override void Down()
    {
        foreach (var table in new[] { KpiPageTables.RevenueTarget, KpiPageTables.JournalNote })
            if (Schema.Table(table).Exists())
                Delete.Table(table);
    }
}
