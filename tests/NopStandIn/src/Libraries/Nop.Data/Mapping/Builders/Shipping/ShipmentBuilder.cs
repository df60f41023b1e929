using FluentMigrator.Builders.Create.Table;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Shipping;
using Nop.Data.Extensions;

namespace Nop.Data.Mapping.Builders.Shipping;

// Real source: src/Libraries/Nop.Data/Mapping/Builders/Shipping/ShipmentBuilder.cs
public partial class ShipmentBuilder : NopEntityBuilder<Shipment>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table.WithColumn(nameof(Shipment.OrderId)).AsInt32().ForeignKey<Order>();
    }
}
