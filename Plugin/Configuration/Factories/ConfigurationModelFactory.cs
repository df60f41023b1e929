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
            PackingDefaultBatchSize = settings.PackingDefaultBatchSize
        };

        if (storeScope > 0)
            model = model with
            {
                PackingIncludeAuthorizedPayments_OverrideForStore = await _settingService.SettingExistsAsync(settings, x => x.PackingIncludeAuthorizedPayments, storeScope),
                PackingIncludePendingCashOnDelivery_OverrideForStore = await _settingService.SettingExistsAsync(settings, x => x.PackingIncludePendingCashOnDelivery, storeScope),
                PackingCashOnDeliveryPaymentMethods_OverrideForStore = await _settingService.SettingExistsAsync(settings, x => x.PackingCashOnDeliveryPaymentMethods, storeScope),
                PackingDefaultBatchSize_OverrideForStore = await _settingService.SettingExistsAsync(settings, x => x.PackingDefaultBatchSize, storeScope)
            };

        return model;
    }

    /// <summary>The page again after a refused save: what the admin typed is kept, the store scope is current.</summary>
    public virtual async Task<ConfigurationModel> PrepareConfigurationModelAsync(ConfigurationModel posted) =>
        posted with { ActiveStoreScopeConfiguration = await _storeContext.GetActiveStoreScopeConfigurationAsync() };
}
