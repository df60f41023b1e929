namespace Nop.Plugin.Misc.MerchantOps.Kpi.Models;

/// <summary>
/// One figure of the period next to the previous period's, formatted, and its change: "+12.5%", "new" (from 0), or "—"
/// (0 both times). <see cref="ChangeCss"/>: up, down or none.
/// </summary>
public sealed record KpiFigureRowModel(string Key, string Label, string Current, string Previous, string Change, string ChangeCss);
