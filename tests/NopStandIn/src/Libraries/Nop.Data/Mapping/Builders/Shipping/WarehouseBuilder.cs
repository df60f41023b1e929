using FluentMigrator.Builders.Create.Table;
using Nop.Core.Domain.Shipping;

namespace Nop.Data.Mapping.Builders.Shipping;

// Real source: src/Libraries/Nop.Data/Mapping/Builders/Shipping/WarehouseBuilder.cs
public partial class WarehouseBuilder : NopEntityBuilder<Warehouse>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table.WithColumn(nameof(Warehouse.Name)).AsString(400).NotNullable();
    }
}
