using FluentMigrator.Builders.Create.Table;
using Nop.Core.Domain.Catalog;
using Nop.Data.Extensions;

namespace Nop.Data.Mapping.Builders.Catalog;

// Real source: src/Libraries/Nop.Data/Mapping/Builders/Catalog/ProductPictureBuilder.cs
public partial class ProductPictureBuilder : NopEntityBuilder<ProductPicture>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        // The store also has a foreign key from PictureId to Picture, a table the stand-in does not create: index only.
        table
            .WithColumn(nameof(ProductPicture.PictureId)).AsInt32().Indexed()
            .WithColumn(nameof(ProductPicture.ProductId)).AsInt32().ForeignKey<Product>();
    }
}
