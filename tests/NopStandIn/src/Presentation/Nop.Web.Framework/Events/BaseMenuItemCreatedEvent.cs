using Nop.Web.Framework.Menu;

namespace Nop.Web.Framework.Events;

// Real source: src/Presentation/Nop.Web.Framework/Events/BaseMenuItemCreatedEvent.cs
public abstract partial class BaseMenuItemCreatedEvent
{
    private readonly IAdminMenu _adminMenu;

    protected BaseMenuItemCreatedEvent(IAdminMenu adminMenu)
    {
        _adminMenu = adminMenu;
    }

    /// <summary>URL of an admin-area action, for a menu item's <c>Url</c>.</summary>
    public virtual string GetMenuItemUrl(string controllerName, string actionName) =>
        _adminMenu.GetMenuItemUrl(controllerName, actionName);
}
