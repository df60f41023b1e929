using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.MerchantOps.Configuration.Models;

/// <summary>The configure page; each feature adds its section.</summary>
public record ConfigurationModel : BaseNopModel, ISettingsModel
{
    public int ActiveStoreScopeConfiguration { get; set; }

    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Configuration.Packing.IncludeAuthorizedPayments")]
    public bool PackingIncludeAuthorizedPayments { get; set; }
    public bool PackingIncludeAuthorizedPayments_OverrideForStore { get; set; }

    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Configuration.Packing.IncludePendingCashOnDelivery")]
    public bool PackingIncludePendingCashOnDelivery { get; set; }
    public bool PackingIncludePendingCashOnDelivery_OverrideForStore { get; set; }

    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Configuration.Packing.CashOnDeliveryPaymentMethods")]
    public string PackingCashOnDeliveryPaymentMethods { get; set; }
    public bool PackingCashOnDeliveryPaymentMethods_OverrideForStore { get; set; }

    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Configuration.Packing.DefaultBatchSize")]
    public int PackingDefaultBatchSize { get; set; }
    public bool PackingDefaultBatchSize_OverrideForStore { get; set; }

    // KPI weekly digest (Kpi/Digest)

    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Configuration.KpiDigestEnabled")]
    public bool KpiDigestEnabled { get; set; }
    public bool KpiDigestEnabled_OverrideForStore { get; set; }

    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Configuration.KpiDigestRecipients")]
    public string KpiDigestRecipients { get; set; }
    public bool KpiDigestRecipients_OverrideForStore { get; set; }

    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Configuration.KpiDigestDay")]
    public DayOfWeek KpiDigestDay { get; set; }
    public bool KpiDigestDay_OverrideForStore { get; set; }

    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Configuration.KpiDigestHour")]
    public int KpiDigestHour { get; set; }
    public bool KpiDigestHour_OverrideForStore { get; set; }

    // KPI traffic capture (Kpi/Capture)

    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Configuration.KpiVisitRetentionDays")]
    public int KpiVisitRetentionDays { get; set; } = new MerchantOpsSettings().KpiVisitRetentionDays;
    public bool KpiVisitRetentionDays_OverrideForStore { get; set; }

    /// <summary>The days of the week, named in the admin's language.</summary>
    public IList<SelectListItem> AvailableDigestDays { get; set; } = [];
}
