using FluentMigrator;
using Nop.Data.Extensions;
using Nop.Data.Migrations;
using Nop.Plugin.Misc.MerchantOps.Kpi.Digest.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Digest.Data;

/// <summary>
/// The weekly digest's claims, with the unique (store, week) key on which two task runs settle. Each step checks what
/// exists (a re-run after a failed install works). NoMatter: install, and update of a store that had the KPI rollups.
/// </summary>
[NopMigration("2026/12/07 13:20:00:0000000", "Misc.MerchantOps KPI weekly digest", MigrationProcessType.NoMatter)]
public class KpiDigestSchemaMigration : Migration
{
    public override void Up()
    {
        if (!Schema.Table(KpiDigestTables.DigestSend).Exists())
            Create.TableFor<KpiDigestSend>();

        if (!Schema.Table(KpiDigestTables.DigestSend).Index(KpiDigestTables.StoreWeekIndex).Exists())
            Create.Index(KpiDigestTables.StoreWeekIndex).OnTable(KpiDigestTables.DigestSend)
                .OnColumn(nameof(KpiDigestSend.StoreId)).Ascending()
                .OnColumn(nameof(KpiDigestSend.WeekKey)).Ascending()
                .WithOptions().Unique();
    }

    public override void Down()
    {
        if (Schema.Table(KpiDigestTables.DigestSend).Exists())
            Delete.Table(KpiDigestTables.DigestSend);
    }
}
