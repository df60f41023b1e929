namespace Nop.Web.Framework.Menu;

// Real source: src/Presentation/Nop.Web.Framework/Menu/IAdminMenu.cs
public partial interface IAdminMenu
{
    /// <summary>The menu tree for the current customer: stock nodes, nodes added by AdminMenuCreatedEvent consumers, filtered by permissions.</summary>
    Task<AdminMenuItem> GetRootNodeAsync(bool showHidden = false);

    /// <summary>URL of an admin-area action, generated from the routes like IUrlHelper.Action (null when no route can produce it).</summary>
    string GetMenuItemUrl(string controllerName, string actionName);
}
