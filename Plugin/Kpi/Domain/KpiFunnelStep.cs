namespace Nop.Plugin.Misc.MerchantOps.Kpi.Domain;

/// <summary>
/// The steps of the storefront funnel, in order: a visitor's day is recorded with the furthest one reached, and a
/// step counts every visitor who reached it or went further (a visitor who ordered also viewed a product, even if the
/// capture missed the page). Stored as its number: never renumber.
/// </summary>
public enum KpiFunnelStep
{
    Visit = 10,
    ProductView = 20,
    AddToCart = 30,
    CheckoutStarted = 40,
    OrderPlaced = 50
}
