using FluentMigrator;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Shipping;
using Nop.Data.Migrations;

namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Data;

/// <summary>
/// Indexes on nopCommerce's tables that let the follow-up finder read only the rows of its due window (nopCommerce 4.90
/// has none on these columns; its foreign-key indexes on Shipment.OrderId, OrderItem.OrderId, Order.CustomerId and
/// ProductReview.CustomerId serve the look-ups per order or customer):
/// <list type="bullet">
/// <item>Shipment by delivery date and by shipping date: the orders delivered (shipped) in the review request's window;</item>
/// <item>Order by payment status and date: the orders still pending payment, without reading every order of the period;</item>
/// <item>ShoppingCartItem by type and last change: the carts changed in the abandoned-cart window.</item>
/// </list>
/// Each step checks what exists; Down drops exactly these, so an uninstall leaves nopCommerce's tables as they were.
/// </summary>
[NopMigration("2026/12/08 09:10:00:0000000", "Misc.MerchantOps follow-up indexes", MigrationProcessType.NoMatter)]
public class FollowUpIndexMigration : Migration
{
    private static readonly (string Table, string Name, string[] Columns)[] Indexes =
    [
        (nameof(Shipment), FollowUpTables.ShipmentDeliveredIndex, [nameof(Shipment.DeliveryDateUtc)]),
        (nameof(Shipment), FollowUpTables.ShipmentShippedIndex, [nameof(Shipment.ShippedDateUtc)]),
        (nameof(Order), FollowUpTables.OrderPaymentIndex, [nameof(Order.PaymentStatusId), nameof(Order.CreatedOnUtc)]),
        (nameof(ShoppingCartItem), FollowUpTables.CartChangedIndex, [nameof(ShoppingCartItem.ShoppingCartTypeId), nameof(ShoppingCartItem.UpdatedOnUtc)])
    ];

    public override void Up()
    {
        foreach (var (table, name, columns) in Indexes)
        {
            if (Schema.Table(table).Index(name).Exists())
                continue;
            var index = Create.Index(name).OnTable(table);
            foreach (var column in columns)
                index.OnColumn(column).Ascending();
        }
    }

    public override void Down()
    {
        foreach (var (table, name, _) in Indexes)
            if (Schema.Table(table).Exists() && Schema.Table(table).Index(name).Exists())
                Delete.Index(name).OnTable(table);
    }
}
