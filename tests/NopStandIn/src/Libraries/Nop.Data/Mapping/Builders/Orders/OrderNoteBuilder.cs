using FluentMigrator.Builders.Create.Table;
using Nop.Core.Domain.Orders;
using Nop.Data.Extensions;

namespace Nop.Data.Mapping.Builders.Orders;

// Real source: src/Libraries/Nop.Data/Mapping/Builders/Orders/OrderNoteBuilder.cs
public partial class OrderNoteBuilder : NopEntityBuilder<OrderNote>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(OrderNote.Note)).AsString(int.MaxValue).NotNullable()
            .WithColumn(nameof(OrderNote.OrderId)).AsInt32().ForeignKey<Order>();
    }
}
