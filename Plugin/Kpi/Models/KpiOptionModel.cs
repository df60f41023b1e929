namespace Nop.Plugin.Misc.MerchantOps.Kpi.Models;

/// <summary>An option of a picker (store, period).</summary>
public sealed record KpiOptionModel(string Value, string Text, bool Selected);
