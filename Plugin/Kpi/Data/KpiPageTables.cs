namespace Nop.Plugin.Misc.MerchantOps.Kpi.Data;

/// <summary>Table and index names of the KPI page's journal and targets (never renamed: installed stores keep them).</summary>
public static class KpiPageTables
{
    public const string JournalNote = "MerchantOpsKpiJournalNote";
    public const string RevenueTarget = "MerchantOpsKpiRevenueTarget";

    /// <summary>A store's notes by day: the page reads a period's notes through it.</summary>
    public const string JournalStoreDayIndex = "IX_MerchantOpsKpiJournalNote_Store_Day";

    /// <summary>One target row per store: two owners saving at once leave one row.</summary>
    public const string TargetStoreIndex = "UX_MerchantOpsKpiRevenueTarget_StoreId";
}
