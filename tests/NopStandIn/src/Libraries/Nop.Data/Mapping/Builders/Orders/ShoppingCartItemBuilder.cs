using FluentMigrator.Builders.Create.Table;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Data.Extensions;

namespace Nop.Data.Mapping.Builders.Orders;

// Real source: src/Libraries/Nop.Data/Mapping/Builders/Orders/ShoppingCartItemBuilder.cs
public partial class ShoppingCartItemBuilder : NopEntityBuilder<ShoppingCartItem>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        // The store also has a foreign key to CustomWishlist, a table the stand-in does not create: index only.
        table
            .WithColumn(nameof(ShoppingCartItem.CustomerId)).AsInt32().ForeignKey<Customer>()
            .WithColumn(nameof(ShoppingCartItem.ProductId)).AsInt32().ForeignKey<Product>()
            .WithColumn(nameof(ShoppingCartItem.CustomWishlistId)).AsInt32().Nullable().Indexed();
    }
}
