using Nop.Web.Framework.Menu;

namespace Nop.Web.Framework.Events;

// Real source: src/Presentation/Nop.Web.Framework/Events/ThirdPartyPluginsMenuItemCreatedEvent.cs
/// <summary>Published with the "Third party plugins" node, only for customers who may manage plugins.</summary>
public partial class ThirdPartyPluginsMenuItemCreatedEvent : BaseMenuItemCreatedEvent
{
    public ThirdPartyPluginsMenuItemCreatedEvent(IAdminMenu adminMenu, AdminMenuItem rootMenuItem) : base(adminMenu)
    {
        MenuItem = rootMenuItem;
    }

    public AdminMenuItem MenuItem { get; protected set; }
}
