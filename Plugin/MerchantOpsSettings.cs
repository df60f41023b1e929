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

    // KPI weekly digest (Kpi/Digest): a weekly email of the week's figures and funnel to the owner.

    /// <summary>Whether the weekly digest is sent (on for a new install: it goes to the store's own email address).</summary>
    public bool KpiDigestEnabled { get; set; } = true;

    /// <summary>The owner's addresses, comma separated; empty = the address of the store's default email account.</summary>
    public string KpiDigestRecipients { get; set; } = string.Empty;

    /// <summary>The day of the week the digest is sent, in the store's time zone.</summary>
    public DayOfWeek KpiDigestDay { get; set; } = DayOfWeek.Friday;

    /// <summary>The hour (0 to 23, store's time zone) from which it is sent on that day.</summary>
    public int KpiDigestHour { get; set; } = 9;

    // KPI traffic capture (issue 14)

    /// <summary>
    /// Days the raw visitor rows (one per visitor, store and day) are kept before the rollup task deletes them; only the
    /// daily funnel and source rollups stay. At least 2 (today and yesterday are rolled up from them).
    /// </summary>
    public int KpiVisitRetentionDays { get; set; } = 90;

    // Follow-ups (Replies/FollowUps): review requests, unpaid-order and abandoned-cart reminders sent by rules.

    /// <summary>At most this many follow-ups per customer in <see cref="FollowUpCapDays"/> days, all rules together.</summary>
    public int FollowUpMaxPerCustomer { get; set; } = 2;

    public int FollowUpCapDays { get; set; } = 7;

    /// <summary>Quiet hours in the store's time zone: from this hour (0–23) …</summary>
    public int FollowUpQuietFromHour { get; set; } = 21;

    /// <summary>… to this hour; equal hours = no quiet hours.</summary>
    public int FollowUpQuietToHour { get; set; } = 8;

    /// <summary>
    /// Abandoned-cart reminders also go to customers not subscribed to the newsletter (off: the subscription is the consent;
    /// only for stores whose law allows it).
    /// </summary>
    public bool FollowUpCartWithoutConsent { get; set; }

    /// <summary>The secret the unsubscribe links are signed with (made at install; a new one voids every link sent).</summary>
    public string FollowUpLinkSecret { get; set; } = string.Empty;
}
