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
}
