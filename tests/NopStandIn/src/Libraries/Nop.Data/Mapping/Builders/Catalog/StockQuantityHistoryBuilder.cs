using FluentMigrator.Builders.Create.Table;
using Nop.Core.Domain.Catalog;
using Nop.Data.Extensions;

namespace Nop.Data.Mapping.Builders.Catalog;

// Real source: src/Libraries/Nop.Data/Mapping/Builders/Catalog/StockQuantityHistoryBuilder.cs
public partial class StockQuantityHistoryBuilder : NopEntityBuilder<StockQuantityHistory>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table.WithColumn(nameof(StockQuantityHistory.ProductId)).AsInt32().ForeignKey<Product>();
    }
}
