using FluentMigrator.Builders.Create.Table;
using Nop.Core.Domain.Shipping;
using Nop.Data.Extensions;

namespace Nop.Data.Mapping.Builders.Shipping;

// Real source: src/Libraries/Nop.Data/Mapping/Builders/Shipping/ShipmentItemBuilder.cs
public partial class ShipmentItemBuilder : NopEntityBuilder<ShipmentItem>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table.WithColumn(nameof(ShipmentItem.ShipmentId)).AsInt32().ForeignKey<Shipment>();
    }
}
