using FluentMigrator;
using Nop.Data.Extensions;
using Nop.Data.Migrations;
using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Data;

/// <summary>
/// The KPI tables: the daily sales rollups with their unique key (store, vendor, local day), on which the rollup's
/// upsert settles two runs of one day, and the rollup's progress per store. Each step checks what exists, so a re-run
/// after a failed install or a Down() of a half-created schema works. NoMatter: runs at install and, for a store that
/// had the plugin before the KPI tables, at update. Creating them reads no order: the backfill is the schedule task's.
/// </summary>
[NopMigration("2026/12/07 10:00:00:0000000", "Misc.MerchantOps KPI sales rollups", MigrationProcessType.NoMatter)]
public class KpiSchemaMigration : Migration
{
    public override void Up()
    {
        if (!Schema.Table(KpiTables.SalesDay).Exists())
            Create.TableFor<KpiSalesDay>();
        if (!Schema.Table(KpiTables.RollupProgress).Exists())
            Create.TableFor<KpiRollupProgress>();

        if (!Schema.Table(KpiTables.SalesDay).Index(KpiTables.SalesDayKeyIndex).Exists())
            Create.Index(KpiTables.SalesDayKeyIndex).OnTable(KpiTables.SalesDay)
                .OnColumn(nameof(KpiSalesDay.StoreId)).Ascending()
                .OnColumn(nameof(KpiSalesDay.VendorId)).Ascending()
                .OnColumn(nameof(KpiSalesDay.LocalDay)).Ascending()
                .WithOptions().Unique();
    }

    public override void Down()
    {
        foreach (var table in new[] { KpiTables.RollupProgress, KpiTables.SalesDay })
            if (Schema.Table(table).Exists())
                Delete.Table(table);
    }
}
