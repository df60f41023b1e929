using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Core;
using Nop.Plugin.Misc.MerchantOps.Configuration.Models;
using Nop.Services.Configuration;

namespace Nop.Plugin.Misc.MerchantOps.Configuration.Factories;

/// <summary>Builds the configure page for the store scope the admin chose (0 = all stores).</summary>
public class ConfigurationModelFactory
{
    private readonly ISettingService _settingService;
    private readonly IStoreContext _storeContext;

    public ConfigurationModelFactory(ISettingService settingService, IStoreContext storeContext)
    {
        _settingService = settingService;
        _storeContext = storeContext;
    }

    public virtual async Task<ConfigurationModel> PrepareConfigurationModelAsync()
    {
        var storeScope = await _storeContext.GetActiveStoreScopeConfigurationAsync();
        var settings = await _settingService.LoadSettingAsync<MerchantOpsSettings>(storeScope);

        var model = new ConfigurationModel
        {
            ActiveStoreScopeConfiguration = storeScope,
            PackingIncludeAuthorizedPayments = settings.PackingIncludeAuthorizedPayments,
            PackingIncludePendingCashOnDelivery = settings.PackingIncludePendingCashOnDelivery,
            PackingCashOnDeliveryPaymentMethods = settings.PackingCashOnDeliveryPaymentMethods,
            PackingDefaultBatchSize = settings.PackingDefaultBatchSize,
            KpiDigestEnabled = settings.KpiDigestEnabled,
            KpiDigestRecipients = settings.KpiDigestRecipients,
            KpiDigestDay = settings.KpiDigestDay,
            KpiDigestHour = settings.KpiDigestHour,
            KpiVisitRetentionDays = settings.KpiVisitRetentionDays,
            AvailableDigestDays = DigestDays(settings.KpiDigestDay)
        };

        if (storeScope > 0)
            model = model with
            {
                PackingIncludeAuthorizedPayments_OverrideForStore = await _settingService.SettingExistsAsync(settings, x => x.PackingIncludeAuthorizedPayments, storeScope),
                PackingIncludePendingCashOnDelivery_OverrideForStore = await _settingService.SettingExistsAsync(settings, x => x.PackingIncludePendingCashOnDelivery, storeScope),
                PackingCashOnDeliveryPaymentMethods_OverrideForStore = await _settingService.SettingExistsAsync(settings, x => x.PackingCashOnDeliveryPaymentMethods, storeScope),
                PackingDefaultBatchSize_OverrideForStore = await _settingService.SettingExistsAsync(settings, x => x.PackingDefaultBatchSize, storeScope),
                KpiDigestEnabled_OverrideForStore = await _settingService.SettingExistsAsync(settings, x => x.KpiDigestEnabled, storeScope),
                KpiDigestRecipients_OverrideForStore = await _settingService.SettingExistsAsync(settings, x => x.KpiDigestRecipients, storeScope),
                KpiDigestDay_OverrideForStore = await _settingService.SettingExistsAsync(settings, x => x.KpiDigestDay, storeScope),
                KpiDigestHour_OverrideForStore = await _settingService.SettingExistsAsync(settings, x => x.KpiDigestHour, storeScope),
                KpiVisitRetentionDays_OverrideForStore = await _settingService.SettingExistsAsync(settings, x => x.KpiVisitRetentionDays, storeScope)
            };

        return model;
    }

    /// <summary>The page again after a refused save: what the admin typed is kept, the store scope is current.</summary>
    public virtual async Task<ConfigurationModel> PrepareConfigurationModelAsync(ConfigurationModel posted) =>
        posted with { ActiveStoreScopeConfiguration = await _storeContext.GetActiveStoreScopeConfigurationAsync(), AvailableDigestDays = DigestDays(posted.KpiDigestDay) };

    /// <summary>Monday to Sunday, named in the current culture (the admin's language, set by nopCommerce per request).</summary>
    private static IList<SelectListItem> DigestDays(DayOfWeek selected) =>
        Enumerable.Range(1, 7).Select(i => (DayOfWeek)(i % 7))
            .Select(day => new SelectListItem(CultureInfo.CurrentUICulture.DateTimeFormat.GetDayName(day), ((int)day).ToString(CultureInfo.InvariantCulture), day == selected))
            .ToList();
}
