namespace Nop.Web.Framework.Events;

// Real source: src/Presentation/Nop.Web.Framework/Events/MenuItemInsertType.cs
public enum MenuItemInsertType
{
    After,
    Before,
    TryAfterThanBefore,
    TryBeforeThanAfter
}
