using FluentMigrator;
using Nop.Data.Extensions;
using Nop.Data.Migrations;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Capture;

/// <summary>
/// The raw visitor table with its unique key (store, local day, customer): the capture's upsert settles on it, the
/// rollup and the retention read it by its (store, day) prefix. Each step checks what exists. NoMatter: install, and
/// update of a store that had the KPI tables already.
/// </summary>
[NopMigration("2026/12/07 13:00:00:0000000", "Misc.MerchantOps KPI traffic capture", MigrationProcessType.NoMatter)]
public class KpiCaptureSchemaMigration : Migration
{
    public override void Up()
    {
        if (!Schema.Table(KpiCaptureTables.Visit).Exists())
            Create.TableFor<KpiVisit>();

        if (!Schema.Table(KpiCaptureTables.Visit).Index(KpiCaptureTables.VisitKeyIndex).Exists())
            Create.Index(KpiCaptureTables.VisitKeyIndex).OnTable(KpiCaptureTables.Visit)
                .OnColumn(nameof(KpiVisit.StoreId)).Ascending()
                .OnColumn(nameof(KpiVisit.LocalDay)).Ascending()
                .OnColumn(nameof(KpiVisit.CustomerId)).Ascending()
                .WithOptions().Unique();
    }

    public override void Down()
    {
        if (Schema.Table(KpiCaptureTables.Visit).Exists())
            Delete.Table(KpiCaptureTables.Visit);
    }
}
