using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Capture;

/// <summary>
/// The funnel step a rendered storefront page stands for, from the route name nopCommerce's PageRenderingEvent gives:
/// a product's page is "ProductDetails" (nopCommerce's route of /{SeName} for a product, and the action name it gives for
/// slug routes), a checkout page is one of nopCommerce's "Checkout…" routes (one-page checkout, the address, shipping,
/// payment and confirm steps, the completed page); any other page is a visit. Cart additions and orders come from
/// nopCommerce's events, not pages.
/// </summary>
public static class KpiPageSteps
{
    /// <summary>nopCommerce's route name of a product's page (NopRoutingDefaults.RouteName.Generic.Product).</summary>
    public const string ProductRouteName = "ProductDetails";

    /// <summary>The start of the route names of nopCommerce's checkout pages (NopRouteNames.Standard.CHECKOUT…).</summary>
    public const string CheckoutRoutePrefix = "Checkout";

    public static KpiFunnelStep OfRoute(string routeName)
    {
        if (string.Equals(routeName, ProductRouteName, StringComparison.Ordinal))
            return KpiFunnelStep.ProductView;
        if (routeName != null && routeName.StartsWith(CheckoutRoutePrefix, StringComparison.Ordinal))
            return KpiFunnelStep.CheckoutStarted;
        return KpiFunnelStep.Visit;
    }
}
