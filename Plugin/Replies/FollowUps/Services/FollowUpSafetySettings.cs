using Nop.Core;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Models;
using Nop.Services.Configuration;

namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services;

/// <summary>
/// The safety settings of the follow-ups (cap across rules, quiet hours, the cart reminders' consent), read and saved shared
/// or per store exactly as the plugin's configure page does (the admin's store scope, the "override for store" boxes).
/// </summary>
public class FollowUpSafetySettings
{
    public const int MaxPerCustomerLimit = 20;
    public const int MaxCapDays = 90;

    private readonly ISettingService _settingService;
    private readonly IStoreContext _storeContext;

    public FollowUpSafetySettings(ISettingService settingService, IStoreContext storeContext)
    {
        _settingService = settingService;
        _storeContext = storeContext;
    }

    public async Task<FollowUpSafetyModel> PrepareAsync()
    {
        var storeScope = await _storeContext.GetActiveStoreScopeConfigurationAsync();
        var settings = await _settingService.LoadSettingAsync<MerchantOpsSettings>(storeScope);
        var model = new FollowUpSafetyModel
        {
            ActiveStoreScopeConfiguration = storeScope,
            FollowUpMaxPerCustomer = settings.FollowUpMaxPerCustomer,
            FollowUpCapDays = settings.FollowUpCapDays,
            FollowUpQuietFromHour = settings.FollowUpQuietFromHour,
            FollowUpQuietToHour = settings.FollowUpQuietToHour,
            FollowUpCartWithoutConsent = settings.FollowUpCartWithoutConsent
        };
        if (storeScope > 0)
        {
            model.FollowUpMaxPerCustomer_OverrideForStore = await _settingService.SettingExistsAsync(settings, x => x.FollowUpMaxPerCustomer, storeScope);
            model.FollowUpCapDays_OverrideForStore = await _settingService.SettingExistsAsync(settings, x => x.FollowUpCapDays, storeScope);
            model.FollowUpQuietFromHour_OverrideForStore = await _settingService.SettingExistsAsync(settings, x => x.FollowUpQuietFromHour, storeScope);
            model.FollowUpQuietToHour_OverrideForStore = await _settingService.SettingExistsAsync(settings, x => x.FollowUpQuietToHour, storeScope);
            model.FollowUpCartWithoutConsent_OverrideForStore = await _settingService.SettingExistsAsync(settings, x => x.FollowUpCartWithoutConsent, storeScope);
        }

        return model;
    }

    /// <summary>Problems by property (resource key, arguments); none: the model can be saved.</summary>
    public static IReadOnlyList<(string Property, string ResourceKey, object[] Args)> Check(FollowUpSafetyModel model)
    {
        var problems = new List<(string, string, object[])>();
        if (model.FollowUpMaxPerCustomer is < 1 or > MaxPerCustomerLimit)
            problems.Add((nameof(model.FollowUpMaxPerCustomer), FollowUpScreenKeys.Settings.MaxPerCustomerOutOfRange, [1, MaxPerCustomerLimit]));
        if (model.FollowUpCapDays is < 1 or > MaxCapDays)
            problems.Add((nameof(model.FollowUpCapDays), FollowUpScreenKeys.Settings.CapDaysOutOfRange, [1, MaxCapDays]));
        if (model.FollowUpQuietFromHour is < 0 or > 23)
            problems.Add((nameof(model.FollowUpQuietFromHour), FollowUpScreenKeys.Settings.HourOutOfRange, [0, 23]));
        if (model.FollowUpQuietToHour is < 0 or > 23)
            problems.Add((nameof(model.FollowUpQuietToHour), FollowUpScreenKeys.Settings.HourOutOfRange, [0, 23]));
        return problems;
    }

    /// <summary>Saves a model <see cref="Check"/> accepted; the other settings of the plugin are left as they are.</summary>
    public async Task SaveAsync(FollowUpSafetyModel model)
    {
        var storeScope = await _storeContext.GetActiveStoreScopeConfigurationAsync();
        var settings = await _settingService.LoadSettingAsync<MerchantOpsSettings>(storeScope);
        settings.FollowUpMaxPerCustomer = model.FollowUpMaxPerCustomer;
        settings.FollowUpCapDays = model.FollowUpCapDays;
        settings.FollowUpQuietFromHour = model.FollowUpQuietFromHour;
        settings.FollowUpQuietToHour = model.FollowUpQuietToHour;
        settings.FollowUpCartWithoutConsent = model.FollowUpCartWithoutConsent;

        await _settingService.SaveSettingOverridablePerStoreAsync(settings, x => x.FollowUpMaxPerCustomer, model.FollowUpMaxPerCustomer_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, x => x.FollowUpCapDays, model.FollowUpCapDays_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, x => x.FollowUpQuietFromHour, model.FollowUpQuietFromHour_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, x => x.FollowUpQuietToHour, model.FollowUpQuietToHour_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, x => x.FollowUpCartWithoutConsent, model.FollowUpCartWithoutConsent_OverrideForStore, storeScope, false);
        await _settingService.ClearCacheAsync();
    }
}
