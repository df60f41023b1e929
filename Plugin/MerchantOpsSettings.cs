using Nop.Core.Configuration;

namespace Nop.Plugin.Misc.MerchantOps;

/// <summary>
/// Plugin settings (stored by nopCommerce as "merchantopssettings.*", overridable per store).
/// </summary>
public class MerchantOpsSettings : ISettings
{
    /// <summary>Orders whose payment is only authorized are ready to pack too (paid ones always are).</summary>
    public bool PackingIncludeAuthorizedPayments { get; set; }

    /// <summary>Orders still pending payment are ready to pack when paid on delivery.</summary>
    public bool PackingIncludePendingCashOnDelivery { get; set; }

    /// <summary>Payment method system names that mean "cash on delivery", comma separated.</summary>
    public string PackingCashOnDeliveryPaymentMethods { get; set; } = "Payments.CashOnDelivery";

    /// <summary>How many orders "next N oldest" proposes for a new batch.</summary>
    public int PackingDefaultBatchSize { get; set; } = 20;

    // KPI traffic capture (issue 14)

    /// <summary>
    /// Days the raw visitor rows (one per visitor, store and day) are kept before the rollup task deletes them; only the
    /// daily funnel and source rollups stay. At least 2 (today and yesterday are rolled up from them).
    /// </summary>
    public int KpiVisitRetentionDays { get; set; } = 90;
}
