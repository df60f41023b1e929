namespace Nop.Plugin.Misc.MerchantOps.Kpi.Domain;

/// <summary>One entry source over a period: visitors, ordering visitors, and their conversion (0 without visitors).</summary>
public sealed record KpiSourceFigures(string Source, string Medium, string Campaign, int VisitorCount, int OrderCount)
{
    public decimal Conversion => KpiFunnelFigures.Ratio(OrderCount, VisitorCount);
}
