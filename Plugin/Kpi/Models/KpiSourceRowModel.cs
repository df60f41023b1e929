namespace Nop.Plugin.Misc.MerchantOps.Kpi.Models;

/// <summary>An entry source of the period: visitors, ordering visitors and conversion.</summary>
public sealed record KpiSourceRowModel(string Source, string Medium, string Campaign, int Visitors, int Orders, string Conversion);
