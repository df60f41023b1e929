using Nop.Plugin.Misc.MerchantOps.Replies.Controllers;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps;
using Nop.Services.Localization;
using Nop.Web.Framework.Events;
using Nop.Web.Framework.Menu;
using static Nop.Plugin.Misc.MerchantOps.MerchantOpsDefaults;

namespace Nop.Plugin.Misc.MerchantOps.Replies;

/// <summary>
/// Replies' node under "Merchant Ops" in the admin sidebar: the library (for those who manage replies), usage and
/// the send log (for those who send them), the follow-up rules (for those who manage replies).
/// </summary>
public static class RepliesMenu
{
    public static async Task<AdminMenuItem> BuildAsync(ILocalizationService localizationService, AdminMenuCreatedEvent menuEvent) => new()
    {
        SystemName = Menu.Replies,
        Title = await localizationService.GetResourceAsync("Plugins.Misc.MerchantOps.Menu.Replies"),
        IconClass = "far fa-comment-dots",
        ChildNodes =
        [
            new AdminMenuItem
            {
                SystemName = Menu.RepliesLibrary,
                Title = await localizationService.GetResourceAsync("Plugins.Misc.MerchantOps.Menu.Replies.Library"),
                Url = menuEvent.GetMenuItemUrl(ReplyRoutes.LibraryController, "List"),
                IconClass = "far fa-dot-circle",
                PermissionNames = [Permissions.RepliesManage]
            },
            new AdminMenuItem
            {
                SystemName = Menu.RepliesUsage,
                Title = await localizationService.GetResourceAsync("Plugins.Misc.MerchantOps.Menu.Replies.Usage"),
                Url = menuEvent.GetMenuItemUrl(ReplyRoutes.UsageController, "Usage"),
                IconClass = "far fa-dot-circle",
                PermissionNames = [Permissions.RepliesUse]
            },
            new AdminMenuItem
            {
                SystemName = Menu.RepliesLog,
                Title = await localizationService.GetResourceAsync("Plugins.Misc.MerchantOps.Menu.Replies.Log"),
                Url = menuEvent.GetMenuItemUrl(ReplyRoutes.SendLogController, "SendLog"),
                IconClass = "far fa-dot-circle",
                PermissionNames = [Permissions.RepliesUse]
            },
            new AdminMenuItem
            {
                SystemName = Menu.RepliesFollowUps,
                Title = await localizationService.GetResourceAsync("Plugins.Misc.MerchantOps.Menu.Replies.FollowUps"),
                Url = menuEvent.GetMenuItemUrl(FollowUpRoutes.AdminController, "List"),
                IconClass = "far fa-dot-circle",
                PermissionNames = [Permissions.RepliesManage]
            }
        ]
    };
}
