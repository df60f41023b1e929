namespace Nop.Plugin.Misc.MerchantOps.Kpi.Domain;

/// <summary>
/// The funnel of a period: per step, visitors who reached it or went further, summed over the period's days (a visitor
/// of two days counts twice, as each day is a visit). Conversions are derived, never stored, and 0 where the step before
/// had nobody.
/// </summary>
public sealed record KpiFunnelFigures
{
    public int VisitorCount { get; init; }
    public int ProductViewCount { get; init; }
    public int AddToCartCount { get; init; }
    public int CheckoutCount { get; init; }
    public int OrderCount { get; init; }

    public static KpiFunnelFigures Empty { get; } = new();

    /// <summary>Visitors at each step, in funnel order.</summary>
    public IReadOnlyList<(KpiFunnelStep Step, int Count)> Steps =>
    [
        (KpiFunnelStep.Visit, VisitorCount),
        (KpiFunnelStep.ProductView, ProductViewCount),
        (KpiFunnelStep.AddToCart, AddToCartCount),
        (KpiFunnelStep.CheckoutStarted, CheckoutCount),
        (KpiFunnelStep.OrderPlaced, OrderCount)
    ];

    /// <summary>Share of visitors who ordered (0 to 1); 0 without visitors.</summary>
    public decimal Conversion => Ratio(OrderCount, VisitorCount);

    /// <summary><paramref name="count"/> over <paramref name="of"/>, 0 when <paramref name="of"/> is 0.</summary>
    public static decimal Ratio(int count, int of) => of <= 0 ? 0m : (decimal)count / of;

    /// <summary>Several days' funnels added up.</summary>
    public static KpiFunnelFigures Sum(IEnumerable<KpiFunnelFigures> days) => days.Aggregate(Empty, (total, day) => new KpiFunnelFigures
    {
        VisitorCount = total.VisitorCount + day.VisitorCount,
        ProductViewCount = total.ProductViewCount + day.ProductViewCount,
        AddToCartCount = total.AddToCartCount + day.AddToCartCount,
        CheckoutCount = total.CheckoutCount + day.CheckoutCount,
        OrderCount = total.OrderCount + day.OrderCount
    });

    public static KpiFunnelFigures Of(KpiFunnelDay row) => new()
    {
        VisitorCount = row.VisitorCount,
        ProductViewCount = row.ProductViewCount,
        AddToCartCount = row.AddToCartCount,
        CheckoutCount = row.CheckoutCount,
        OrderCount = row.OrderCount
    };
}
