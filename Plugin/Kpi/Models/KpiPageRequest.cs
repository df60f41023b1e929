namespace Nop.Plugin.Misc.MerchantOps.Kpi.Models;

/// <summary>What the KPI page was asked for (query string): store (0 = the current one), period preset, custom dates (yyyy-MM-dd).</summary>
public sealed record KpiPageRequest(int StoreId = 0, string Period = null, string From = null, string To = null);
