namespace Nop.Plugin.Misc.MerchantOps.Kpi.Digest.Data;

/// <summary>Table and index names of the weekly digest (never renamed: installed stores keep them).</summary>
public static class KpiDigestTables
{
    public const string DigestSend = "MerchantOpsKpiDigestSend";

    /// <summary>One digest per store and week: what makes two task runs at the same moment queue one email.</summary>
    public const string StoreWeekIndex = "UX_MerchantOpsKpiDigestSend_Store_Week";
}
