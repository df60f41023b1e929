namespace Nop.Plugin.Misc.MerchantOps.Kpi.Capture;

/// <summary>Table and index names of the traffic capture (never renamed: installed stores keep them).</summary>
public static class KpiCaptureTables
{
    public const string Visit = "MerchantOpsKpiVisit";

    /// <summary>One row per store, local day and customer: what makes two requests of one visitor write one row.</summary>
    public const string VisitKeyIndex = "UX_MerchantOpsKpiVisit_Store_Day_Customer";
}
