using FluentMigrator.Builders.Create.Table;
using Nop.Core.Domain.Catalog;
using Nop.Data.Extensions;

namespace Nop.Data.Mapping.Builders.Catalog;

// Real source: src/Libraries/Nop.Data/Mapping/Builders/Catalog/ProductAttributeCombinationBuilder.cs
public partial class ProductAttributeCombinationBuilder : NopEntityBuilder<ProductAttributeCombination>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(ProductAttributeCombination.Sku)).AsString(400).Nullable()
            .WithColumn(nameof(ProductAttributeCombination.ManufacturerPartNumber)).AsString(400).Nullable()
            .WithColumn(nameof(ProductAttributeCombination.Gtin)).AsString(400).Nullable()
            .WithColumn(nameof(ProductAttributeCombination.ProductId)).AsInt32().ForeignKey<Product>();
    }
}
