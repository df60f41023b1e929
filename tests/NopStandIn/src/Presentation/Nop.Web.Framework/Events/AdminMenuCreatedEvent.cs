using Nop.Web.Framework.Menu;

namespace Nop.Web.Framework.Events;

// Real source: src/Presentation/Nop.Web.Framework/Events/AdminMenuCreatedEvent.cs
/// <summary>Published each time the admin menu is built, before it is filtered by permissions.</summary>
public partial class AdminMenuCreatedEvent : BaseMenuItemCreatedEvent
{
    public AdminMenuCreatedEvent(IAdminMenu adminMenu, AdminMenuItem rootMenuItem) : base(adminMenu)
    {
        RootMenuItem = rootMenuItem;
    }

    public AdminMenuItem RootMenuItem { get; protected set; }
}
