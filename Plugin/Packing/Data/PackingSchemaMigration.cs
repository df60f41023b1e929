using FluentMigrator;
using Nop.Core.Domain.Orders;
using Nop.Data.Extensions;
using Nop.Data.Migrations;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Data;

/// <summary>
/// The packing tables, and an index on nopCommerce's Order table for the queue (orders by shipping, order and
/// payment status, oldest first: without it the queue walks every order of the store).
/// Each step checks what exists, so a re-run after a failed install or a Down() of a half-created schema works.
/// </summary>
[NopMigration("2026/11/23 14:00:00:0000000", "Misc.MerchantOps packing batches", MigrationProcessType.NoMatter)]
public class PackingSchemaMigration : Migration
{
    private const string OrderTable = nameof(Order);

    public override void Up()
    {
        if (!Schema.Table(PackingTables.Batch).Exists())
            Create.TableFor<PackingBatch>();
        if (!Schema.Table(PackingTables.BatchOrder).Exists())
            Create.TableFor<PackingBatchOrder>();
        if (!Schema.Table(PackingTables.BatchItem).Exists())
            Create.TableFor<PackingBatchItem>();
        if (!Schema.Table(PackingTables.Event).Exists())
            Create.TableFor<PackingEvent>();

        if (!Schema.Table(OrderTable).Index(PackingTables.OrderQueueIndex).Exists())
            Create.Index(PackingTables.OrderQueueIndex).OnTable(OrderTable)
                .OnColumn(nameof(Order.ShippingStatusId)).Ascending()
                .OnColumn(nameof(Order.OrderStatusId)).Ascending()
                .OnColumn(nameof(Order.PaymentStatusId)).Ascending()
                .OnColumn(nameof(Order.CreatedOnUtc)).Ascending();
    }

    public override void Down()
    {
        if (Schema.Table(OrderTable).Index(PackingTables.OrderQueueIndex).Exists())
            Delete.Index(PackingTables.OrderQueueIndex).OnTable(OrderTable);

        foreach (var table in new[] { PackingTables.Event, PackingTables.BatchItem, PackingTables.BatchOrder, PackingTables.Batch })
            if (Schema.Table(table).Exists())
                Delete.Table(table);
    }
}
