namespace Nop.Core.Domain.Orders;

// Real source: src/Libraries/Nop.Core/Domain/Orders/ShoppingCartType.cs
public enum ShoppingCartType
{
    ShoppingCart = 1,
    Wishlist = 2
}
