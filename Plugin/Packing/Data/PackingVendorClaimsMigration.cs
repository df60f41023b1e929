using FluentMigrator;
using Nop.Data.Migrations;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Data;

/// <summary>
/// Per-vendor claims: an order may be held by several batch orders at once (vendor A's and vendor B's, each with its
/// own items), so the unique index on the batch order's ActiveOrderId (one active batch per order) becomes a plain
/// index, and the guarantee moves to the items: ActiveOrderItemId, unique, is the order item id while the item is held.
/// A store upgrading keeps its active claims: the items of the batch orders that hold their order get their order item
/// id, the others minus their own id (released). Before this migration an order was in one active batch at most, so
/// no two filled values collide.
/// Each step checks what exists: on a new install the packing schema migration has made the current shape already.
/// </summary>
[NopMigration("2026/12/07 07:00:00:0000000", "Misc.MerchantOps packing per-vendor claims", MigrationProcessType.NoMatter)]
public class PackingVendorClaimsMigration : Migration
{
    private const string Column = nameof(PackingBatchItem.ActiveOrderItemId);

    public override void Up()
    {
        if (!Schema.Table(PackingTables.BatchItem).Column(Column).Exists())
        {
            Alter.Table(PackingTables.BatchItem).AddColumn(Column).AsInt32().NotNullable().WithDefaultValue(0);

            // Identifiers quoted the ANSI way (PostgreSQL, SQL Server, SQLite) or MySQL's.
            IfDatabase(type => !IsMySql(type)).Execute.Sql(FillSql('"', '"'));
            IfDatabase(IsMySql).Execute.Sql(FillSql('`', '`'));

            Create.Index(PackingTables.ActiveOrderItemIndex).OnTable(PackingTables.BatchItem).OnColumn(Column).Ascending()
                .WithOptions().Unique();
        }

        if (Schema.Table(PackingTables.BatchOrder).Index(PackingTables.WholeOrderClaimIndex).Exists())
            Delete.Index(PackingTables.WholeOrderClaimIndex).OnTable(PackingTables.BatchOrder);
        if (!Schema.Table(PackingTables.BatchOrder).Index(PackingTables.ActiveOrderIndex).Exists())
            Create.Index(PackingTables.ActiveOrderIndex).OnTable(PackingTables.BatchOrder)
                .OnColumn(nameof(PackingBatchOrder.ActiveOrderId)).Ascending();
    }

    // The tables are dropped by the packing schema migration.
    public override void Down()
    {
    }

    private static bool IsMySql(string databaseType) =>
        databaseType.StartsWith("MySql", StringComparison.OrdinalIgnoreCase) || databaseType.StartsWith("MariaDB", StringComparison.OrdinalIgnoreCase);

    /// <summary>Held items get their order item id, released ones minus their own id.</summary>
    private static string FillSql(char open, char close)
    {
        string Q(string name) => $"{open}{name}{close}";
        var item = Q(PackingTables.BatchItem);
        return $"UPDATE {item} SET {Q(Column)} = CASE WHEN EXISTS (SELECT 1 FROM {Q(PackingTables.BatchOrder)} bo " +
            $"WHERE bo.{Q(nameof(PackingBatchOrder.Id))} = {item}.{Q(nameof(PackingBatchItem.BatchOrderId))} AND bo.{Q(nameof(PackingBatchOrder.ActiveOrderId))} > 0) " +
            $"THEN {item}.{Q(nameof(PackingBatchItem.OrderItemId))} ELSE -{item}.{Q(nameof(PackingBatchItem.Id))} END";
    }
}
