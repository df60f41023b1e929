namespace Nop.Plugin.Misc.MerchantOps.Kpi;

/// <summary>Names of the KPI screens' controllers (admin area: /Admin/&lt;controller&gt;/&lt;action&gt;).</summary>
public static class KpiRoutes
{
    /// <summary>Merchant Ops → Today: yesterday, to do today, the funnel and today's agenda on one page.</summary>
    public const string TodayController = "MerchantOpsToday";

    /// <summary>Merchant Ops → KPI: periods, comparison, sources, journal, targets, CSV.</summary>
    public const string KpiController = "MerchantOpsKpi";
}
