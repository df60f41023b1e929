namespace Nop.Core.Http;

// Real source: src/Libraries/Nop.Core/Http/NopRouteNames.cs (subset: the store pages the plugin links to)
public static partial class NopRouteNames
{
    public static partial class General
    {
        public const string HOMEPAGE = "Homepage";

        public const string CART = "ShoppingCart";
    }

    public static partial class Standard
    {
        public const string ORDER_DETAILS = "OrderDetails";
    }
}
