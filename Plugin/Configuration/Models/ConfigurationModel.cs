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
}
