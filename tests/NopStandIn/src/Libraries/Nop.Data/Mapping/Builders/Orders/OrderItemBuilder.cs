using FluentMigrator.Builders.Create.Table;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Data.Extensions;

namespace Nop.Data.Mapping.Builders.Orders;

// Real source: src/Libraries/Nop.Data/Mapping/Builders/Orders/OrderItemBuilder.cs
public partial class OrderItemBuilder : NopEntityBuilder<OrderItem>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(OrderItem.OrderId)).AsInt32().ForeignKey<Order>()
            .WithColumn(nameof(OrderItem.ProductId)).AsInt32().ForeignKey<Product>();
    }
}
