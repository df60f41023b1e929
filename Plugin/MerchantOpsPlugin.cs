using Nop.Core;
using Nop.Core.Domain.Cms;
using Nop.Plugin.Misc.MerchantOps.Infrastructure;
using Nop.Plugin.Misc.MerchantOps.Infrastructure.Localization;
using Nop.Plugin.Misc.MerchantOps.Infrastructure.Security;
using Nop.Plugin.Misc.MerchantOps.Infrastructure.Widgets;
using Nop.Plugin.Misc.MerchantOps.Kpi.Components;
using Nop.Plugin.Misc.MerchantOps.Kpi.Digest.Services;
using Nop.Plugin.Misc.MerchantOps.Kpi.Services;
using Nop.Plugin.Misc.MerchantOps.Packing.Components;
using Nop.Plugin.Misc.MerchantOps.Planner.Components;
using Nop.Plugin.Misc.MerchantOps.Replies.Components;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services;
using Nop.Plugin.Misc.MerchantOps.Replies.Services;
using Nop.Services.Cms;
using Nop.Services.Common;
using Nop.Services.Configuration;
using Nop.Services.Logging;
using Nop.Services.Plugins;
using Nop.Services.ScheduleTasks;
using Nop.Services.Security;

namespace Nop.Plugin.Misc.MerchantOps;

/// <summary>
/// Install, update and uninstall of Merchant Ops.
/// nopCommerce retries a failed install at every start and keeps the plugin installed when uninstall fails,
/// so every step here is safe to run again over what an earlier run left.
/// </summary>
public class MerchantOpsPlugin : BasePlugin, IMiscPlugin, IWidgetPlugin
{
    private readonly ILogger _logger;
    private readonly IPermissionService _permissionService;
    private readonly PluginResourceInstaller _resourceInstaller;
    private readonly PluginResourceLoader _resourceLoader;
    private readonly Lazy<ReplySeeder> _replySeeder;
    private readonly Lazy<FollowUpRuleSeeder> _followUpRuleSeeder;
    private readonly IScheduleTaskService _scheduleTaskService;
    private readonly ISettingService _settingService;
    private readonly IWebHelper _webHelper;
    private readonly WidgetSettings _widgetSettings;

    /// <param name="replySeeder">Lazy (nopCommerce resolves Lazy&lt;T&gt;): only install and update need the reply tables.</param>
    public MerchantOpsPlugin(ILogger logger,
        IPermissionService permissionService,
        PluginResourceInstaller resourceInstaller,
        PluginResourceLoader resourceLoader,
        Lazy<ReplySeeder> replySeeder,
        IScheduleTaskService scheduleTaskService,
        ISettingService settingService,
        IWebHelper webHelper,
        WidgetSettings widgetSettings,
        Lazy<FollowUpRuleSeeder> followUpRuleSeeder)
    {
        _logger = logger;
        _permissionService = permissionService;
        _resourceInstaller = resourceInstaller;
        _resourceLoader = resourceLoader;
        _replySeeder = replySeeder;
        _scheduleTaskService = scheduleTaskService;
        _settingService = settingService;
        _webHelper = webHelper;
        _widgetSettings = widgetSettings;
        _followUpRuleSeeder = followUpRuleSeeder;
    }

    public bool HideInWidgetList => false;

    public override string GetConfigurationPageUrl() =>
        $"{_webHelper.GetStoreLocation()}Admin/MerchantOpsConfiguration/Configure";

    /// <summary>Each feature's widget zones (zone → view component), in the order their cards show in a shared zone.</summary>
    public static WidgetMap Widgets { get; } = new(
        PackingWidgets.Zones,
        RepliesWidgets.Zones,
        PlannerWidgets.Zones,
        KpiWidgets.Zones);

    public Task<IList<string>> GetWidgetZonesAsync() => Task.FromResult(Widgets.Zones);

    /// <summary>Zone names are properties, not constants: compared (ignoring case), not switched on.</summary>
    public Type GetWidgetViewComponent(string widgetZone) => Widgets.ComponentFor(widgetZone);

    public override async Task InstallAsync()
    {
        // Everything that can be wrong is checked before anything is written.
        var resources = await LoadResourcesOrExplainAsync("installed");

        await SaveSettingsKeepingExistingValuesAsync();
        await _resourceInstaller.ImportForAllLanguagesAsync(resources);
        await ActivateWidgetAsync();
        // The ready answers of the reply library (English and French); never over the owner's edits or deletions.
        await _replySeeder.Value.SeedAsync();
        // The three follow-up rules (inactive), pointing at their seeded replies; never over the owner's edits or deletions.
        await _followUpRuleSeeder.Value.SeedAsync();
        // The sales rollups' task (it backfills the existing orders in chunks: nothing is read here).
        await KpiTaskInstaller.EnsureInstalledAsync(_scheduleTaskService, DateTime.UtcNow);
        // The weekly digest's hourly task (it sends on the set day and hour of each store).
        await KpiDigestTaskInstaller.EnsureInstalledAsync(_scheduleTaskService, DateTime.UtcNow);
        // The follow-ups' task (every 10 minutes), and the secret their unsubscribe links are signed with.
        await FollowUpTaskInstaller.EnsureInstalledAsync(_scheduleTaskService, DateTime.UtcNow);
        await FollowUpLinkSecretInstaller.EnsureSecretAsync(_settingService);
        // Permissions are declared in MerchantOpsPermissionConfigManager: nopCommerce inserts them at start-up.
    }

    public override async Task UpdateAsync(string currentVersion, string targetVersion)
    {
        // nopCommerce does not catch errors here: an exception would stop the store from starting.
        try
        {
            var resources = await _resourceLoader.LoadAsync(PluginFolder.Of(this));
            await SaveSettingsKeepingExistingValuesAsync();
            await _resourceInstaller.ImportForAllLanguagesAsync(resources);
            await _replySeeder.Value.SeedAsync();
            await _followUpRuleSeeder.Value.SeedAsync();
            await KpiTaskInstaller.EnsureInstalledAsync(_scheduleTaskService, DateTime.UtcNow);
            await KpiDigestTaskInstaller.EnsureInstalledAsync(_scheduleTaskService, DateTime.UtcNow);
            await FollowUpTaskInstaller.EnsureInstalledAsync(_scheduleTaskService, DateTime.UtcNow);
            await FollowUpLinkSecretInstaller.EnsureSecretAsync(_settingService);
        }
        catch (Exception exception)
        {
            await _logger.ErrorAsync($"Merchant Ops: the update from {currentVersion} to {targetVersion} could not refresh texts and settings. {exception.Message}", exception);
        }
    }

    public override async Task UninstallAsync()
    {
        await DeactivateWidgetAsync();
        await _settingService.DeleteSettingAsync<MerchantOpsSettings>();
        foreach (var permission in MerchantOpsPermissionConfigManager.AllSystemNames)
            await _permissionService.DeletePermissionAsync(permission);
        await _resourceInstaller.DeleteAllAsync();
        await DeleteScheduleTasksAsync();
        // The plugin's tables (packing, reply library and send log, planner, KPI rollups) are dropped by nopCommerce afterwards, through
        // the down-migrations. A FAQ topic the owner published from replies stays: it is the store's own public
        // page, editable under Content management, and needs nothing from the plugin (see Replies/README.md).
    }

    private async Task<PluginResources> LoadResourcesOrExplainAsync(string action)
    {
        try
        {
            return await _resourceLoader.LoadAsync(PluginFolder.Of(this));
        }
        catch (PluginResourceException exception)
        {
            await _logger.ErrorAsync($"Merchant Ops was not {action}: {exception.Message} Nothing was changed; nopCommerce tries again at the next restart.", exception);
            throw;
        }
    }

    /// <summary>Loading fills missing values with defaults; saving writes them and rewrites existing values unchanged.</summary>
    private async Task SaveSettingsKeepingExistingValuesAsync()
    {
        var settings = await _settingService.LoadSettingAsync<MerchantOpsSettings>();
        await _settingService.SaveSettingAsync(settings);
    }

    private async Task ActivateWidgetAsync()
    {
        if (_widgetSettings.ActiveWidgetSystemNames.Contains(MerchantOpsDefaults.SystemName))
            return;

        _widgetSettings.ActiveWidgetSystemNames.Add(MerchantOpsDefaults.SystemName);
        await _settingService.SaveSettingAsync(_widgetSettings);
    }

    private async Task DeactivateWidgetAsync()
    {
        if (_widgetSettings.ActiveWidgetSystemNames.RemoveAll(name => name == MerchantOpsDefaults.SystemName) > 0)
            await _settingService.SaveSettingAsync(_widgetSettings);
    }

    private async Task DeleteScheduleTasksAsync()
    {
        var pluginNamespace = typeof(MerchantOpsPlugin).Namespace + ".";
        foreach (var task in await _scheduleTaskService.GetAllTasksAsync(showHidden: true))
            if (task.Type?.StartsWith(pluginNamespace, StringComparison.Ordinal) == true)
                await _scheduleTaskService.DeleteTaskAsync(task);
    }
}
