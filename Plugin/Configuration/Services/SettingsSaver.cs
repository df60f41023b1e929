using Nop.Core;
using Nop.Plugin.Misc.MerchantOps.Configuration.Domain;
using Nop.Plugin.Misc.MerchantOps.Configuration.Models;
using Nop.Plugin.Misc.MerchantOps.Kpi.Digest.Domain;
using Nop.Services.Configuration;

namespace Nop.Plugin.Misc.MerchantOps.Configuration.Services;

/// <summary>Checks and saves the configure page, shared or per store as nopCommerce's own pages do.</summary>
public class SettingsSaver
{
    private readonly ISettingService _settingService;
    private readonly IStoreContext _storeContext;

    public SettingsSaver(ISettingService settingService, IStoreContext storeContext)
    {
        _settingService = settingService;
        _storeContext = storeContext;
    }

    public virtual IReadOnlyList<SettingsProblem> Check(ConfigurationModel model) => SettingsRules.Check(ToSettings(model));

    /// <summary>Saves a model that <see cref="Check"/> accepted.</summary>
    public virtual async Task SaveAsync(ConfigurationModel model)
    {
        var storeScope = await _storeContext.GetActiveStoreScopeConfigurationAsync();
        var settings = ToSettings(model);
        settings.PackingCashOnDeliveryPaymentMethods = string.Join(", ", SettingsRules.SplitPaymentMethods(settings.PackingCashOnDeliveryPaymentMethods));
        settings.KpiDigestRecipients = string.Join(", ", KpiDigestRecipients.Valid(settings.KpiDigestRecipients));

        await _settingService.SaveSettingOverridablePerStoreAsync(settings, x => x.PackingIncludeAuthorizedPayments, model.PackingIncludeAuthorizedPayments_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, x => x.PackingIncludePendingCashOnDelivery, model.PackingIncludePendingCashOnDelivery_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, x => x.PackingCashOnDeliveryPaymentMethods, model.PackingCashOnDeliveryPaymentMethods_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, x => x.PackingDefaultBatchSize, model.PackingDefaultBatchSize_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, x => x.KpiDigestEnabled, model.KpiDigestEnabled_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, x => x.KpiDigestRecipients, model.KpiDigestRecipients_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, x => x.KpiDigestDay, model.KpiDigestDay_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, x => x.KpiDigestHour, model.KpiDigestHour_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, x => x.KpiVisitRetentionDays, model.KpiVisitRetentionDays_OverrideForStore, storeScope, false);
        await _settingService.ClearCacheAsync();
    }

    private static MerchantOpsSettings ToSettings(ConfigurationModel model) => new()
    {
        PackingIncludeAuthorizedPayments = model.PackingIncludeAuthorizedPayments,
        PackingIncludePendingCashOnDelivery = model.PackingIncludePendingCashOnDelivery,
        PackingCashOnDeliveryPaymentMethods = model.PackingCashOnDeliveryPaymentMethods?.Trim() ?? string.Empty,
        PackingDefaultBatchSize = model.PackingDefaultBatchSize,
        KpiDigestEnabled = model.KpiDigestEnabled,
        KpiDigestRecipients = model.KpiDigestRecipients?.Trim() ?? string.Empty,
        KpiDigestDay = model.KpiDigestDay,
        KpiDigestHour = model.KpiDigestHour,
        KpiVisitRetentionDays = model.KpiVisitRetentionDays
    };
}
