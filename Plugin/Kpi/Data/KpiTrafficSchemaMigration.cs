using FluentMigrator;
using Nop.Data.Extensions;
using Nop.Data.Migrations;
using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Data;

/// <summary>
/// The daily funnel and source rollups, each with its unique key, on which two rollups of one day settle as one row.
/// Each step checks what exists (a re-run after a failed install works). NoMatter: install, and update of a store that
/// had the sales rollups already.
/// </summary>
[NopMigration("2026/12/07 12:00:00:0000000", "Misc.MerchantOps KPI funnel and source rollups", MigrationProcessType.NoMatter)]
public class KpiTrafficSchemaMigration : Migration
{
    public override void Up()
    {
        if (!Schema.Table(KpiTables.FunnelDay).Exists())
            Create.TableFor<KpiFunnelDay>();
        if (!Schema.Table(KpiTables.SourceDay).Exists())
            Create.TableFor<KpiSourceDay>();

        if (!Schema.Table(KpiTables.FunnelDay).Index(KpiTables.FunnelDayKeyIndex).Exists())
            Create.Index(KpiTables.FunnelDayKeyIndex).OnTable(KpiTables.FunnelDay)
                .OnColumn(nameof(KpiFunnelDay.StoreId)).Ascending()
                .OnColumn(nameof(KpiFunnelDay.LocalDay)).Ascending()
                .WithOptions().Unique();

        if (!Schema.Table(KpiTables.SourceDay).Index(KpiTables.SourceDayKeyIndex).Exists())
            Create.Index(KpiTables.SourceDayKeyIndex).OnTable(KpiTables.SourceDay)
                .OnColumn(nameof(KpiSourceDay.StoreId)).Ascending()
                .OnColumn(nameof(KpiSourceDay.LocalDay)).Ascending()
                .OnColumn(nameof(KpiSourceDay.Source)).Ascending()
                .OnColumn(nameof(KpiSourceDay.Medium)).Ascending()
                .OnColumn(nameof(KpiSourceDay.Campaign)).Ascending()
                .WithOptions().Unique();
    }

    public override void Down()
    {
        foreach (var table in new[] { KpiTables.SourceDay, KpiTables.FunnelDay })
            if (Schema.Table(table).Exists())
                Delete.Table(table);
    }
}
