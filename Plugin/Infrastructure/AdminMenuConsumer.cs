using Nop.Plugin.Misc.MerchantOps.Kpi;
using Nop.Plugin.Misc.MerchantOps.Packing;
using Nop.Plugin.Misc.MerchantOps.Planner;
using Nop.Plugin.Misc.MerchantOps.Replies;
using Nop.Services.Events;
using Nop.Services.Localization;
using Nop.Services.Plugins;
using Nop.Web.Framework.Events;
using Nop.Web.Framework.Menu;
using static Nop.Plugin.Misc.MerchantOps.MerchantOpsDefaults;

namespace Nop.Plugin.Misc.MerchantOps.Infrastructure;

/// <summary>
/// Adds the "Merchant Ops" node to the admin sidebar, after Sales. nopCommerce then hides each child the
/// user lacks the permission for, and the node itself when no child is left.
/// This builds the root and "Configure"; each feature's node is built by its &lt;Feature&gt;Menu.
/// </summary>
public class AdminMenuConsumer : IConsumer<AdminMenuCreatedEvent>
{
    private readonly ILocalizationService _localizationService;
    private readonly IPluginManager<IPlugin> _pluginManager;

    public AdminMenuConsumer(ILocalizationService localizationService, IPluginManager<IPlugin> pluginManager)
    {
        _localizationService = localizationService;
        _pluginManager = pluginManager;
    }

    public async Task HandleEventAsync(AdminMenuCreatedEvent eventMessage)
    {
        // null while the plugin is not installed, or is being installed
        if (await _pluginManager.LoadPluginBySystemNameAsync(SystemName) is null)
            return;

        var root = new AdminMenuItem
        {
            SystemName = Menu.Root,
            Title = await _localizationService.GetResourceAsync("Plugins.Misc.MerchantOps.Menu"),
            IconClass = "fas fa-box-open",
            ChildNodes =
            [
                // one line per feature, in sidebar order; each feature builds its own node
                await KpiMenu.BuildTodayAsync(_localizationService, eventMessage),
                await PackingMenu.BuildAsync(_localizationService, eventMessage),
                await RepliesMenu.BuildAsync(_localizationService, eventMessage),
                await PlannerMenu.BuildAsync(_localizationService, eventMessage),
                await KpiMenu.BuildKpiAsync(_localizationService, eventMessage),
                new AdminMenuItem
                {
                    SystemName = Menu.Configure,
                    Title = await _localizationService.GetResourceAsync("Plugins.Misc.MerchantOps.Menu.Configure"),
                    Url = eventMessage.GetMenuItemUrl("MerchantOpsConfiguration", "Configure"),
                    IconClass = "far fa-dot-circle",
                    PermissionNames = [Permissions.Configure]
                }
            ]
        };

        if (!eventMessage.RootMenuItem.InsertAfter(Menu.InsertAfter, root))
            eventMessage.RootMenuItem.ChildNodes.Add(root);
    }
}
