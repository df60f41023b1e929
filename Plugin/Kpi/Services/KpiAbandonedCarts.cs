namespace Nop.Plugin.Misc.MerchantOps.Kpi.Services;

/// <summary>Abandoned carts of a store as counted (and cached) at <see cref="CountedOnUtc"/>.</summary>
public sealed record KpiAbandonedCarts
{
    public int Count { get; init; }

    /// <summary>Sum of quantity × the product's current price, in the primary store currency (no discounts, attributes or tax).</summary>
    public decimal Value { get; init; }

    public DateTime CountedOnUtc { get; init; }
}
