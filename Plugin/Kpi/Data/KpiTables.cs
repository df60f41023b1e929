namespace Nop.Plugin.Misc.MerchantOps.Kpi.Data;

/// <summary>Table and index names of the KPI schema (never renamed: installed stores keep them).</summary>
public static class KpiTables
{
    public const string SalesDay = "MerchantOpsKpiSalesDay";
    public const string RollupProgress = "MerchantOpsKpiRollupProgress";
    public const string FunnelDay = "MerchantOpsKpiFunnelDay";
    public const string SourceDay = "MerchantOpsKpiSourceDay";

    /// <summary>One row per store, vendor and local day: what makes two rollups of one day write one row, not two.</summary>
    public const string SalesDayKeyIndex = "UX_MerchantOpsKpiSalesDay_Store_Vendor_Day";

    /// <summary>One funnel row per store and local day.</summary>
    public const string FunnelDayKeyIndex = "UX_MerchantOpsKpiFunnelDay_Store_Day";

    /// <summary>One source row per store, local day, source, medium and campaign.</summary>
    public const string SourceDayKeyIndex = "UX_MerchantOpsKpiSourceDay_Store_Day_Source";

    /// <summary>One progress row per store.</summary>
    public const string ProgressStoreIndex = "UX_MerchantOpsKpiRollupProgress_StoreId";
}
