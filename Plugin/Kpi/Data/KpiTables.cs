namespace Nop.Plugin.Misc.MerchantOps.Kpi.Data;

/// <summary>Table and index names of the KPI schema (never renamed: installed stores keep them).</summary>
public static class KpiTables
{
    public const string SalesDay = "MerchantOpsKpiSalesDay";
    public const string RollupProgress = "MerchantOpsKpiRollupProgress";

    /// <summary>One row per store, vendor and local day: what makes two rollups of one day write one row, not two.</summary>
    public const string SalesDayKeyIndex = "UX_MerchantOpsKpiSalesDay_Store_Vendor_Day";

    /// <summary>One progress row per store.</summary>
    public const string ProgressStoreIndex = "UX_MerchantOpsKpiRollupProgress_StoreId";
}
