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
/// Each feature adds its child here when it lands.
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
                new AdminMenuItem
                {
                    SystemName = Menu.Packing,
                    Title = await _localizationService.GetResourceAsync("Plugins.Misc.MerchantOps.Menu.Packing"),
                    Url = eventMessage.GetMenuItemUrl(Packing.Controllers.PackingRoutes.QueueController, "Index"),
                    IconClass = "far fa-dot-circle",
                    PermissionNames = [Permissions.Packing]
                },
                new AdminMenuItem
                {
                    SystemName = Menu.Replies,
                    Title = await _localizationService.GetResourceAsync("Plugins.Misc.MerchantOps.Menu.Replies"),
                    IconClass = "far fa-comment-dots",
                    ChildNodes =
                    [
                        new AdminMenuItem
                        {
                            SystemName = Menu.RepliesLibrary,
                            Title = await _localizationService.GetResourceAsync("Plugins.Misc.MerchantOps.Menu.Replies.Library"),
                            Url = eventMessage.GetMenuItemUrl(Replies.Controllers.ReplyRoutes.LibraryController, "List"),
                            IconClass = "far fa-dot-circle",
                            PermissionNames = [Permissions.RepliesManage]
                        },
                        new AdminMenuItem
                        {
                            SystemName = Menu.RepliesUsage,
                            Title = await _localizationService.GetResourceAsync("Plugins.Misc.MerchantOps.Menu.Replies.Usage"),
                            Url = eventMessage.GetMenuItemUrl(Replies.Controllers.ReplyRoutes.LibraryController, "Usage"),
                            IconClass = "far fa-dot-circle",
                            PermissionNames = [Permissions.RepliesUse]
                        },
                        new AdminMenuItem
                        {
                            SystemName = Menu.RepliesLog,
                            Title = await _localizationService.GetResourceAsync("Plugins.Misc.MerchantOps.Menu.Replies.Log"),
                            Url = eventMessage.GetMenuItemUrl(Replies.Controllers.ReplyRoutes.LibraryController, "SendLog"),
                            IconClass = "far fa-dot-circle",
                            PermissionNames = [Permissions.RepliesUse]
                        }
                    ]
                },
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
