namespace Nop.Web.Framework.Mvc.Routing;

// Real source: src/Presentation/Nop.Web.Framework/Mvc/Routing/NopRoutingDefaults.cs (subset: the product page's route name and slug value)
public static partial class NopRoutingDefaults
{
    public static partial class RouteName
    {
        public static partial class Generic
        {
            public static string Product => "ProductDetails";
        }
    }

    public static partial class RouteValue
    {
        public static string SeName => "SeName";
    }
}
