using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewEngines;

namespace Nop.Web.Framework.Controllers;

// Real source: src/Presentation/Nop.Web.Framework/Controllers/NullView.cs
/// <summary>A view that writes nothing; the context for rendering a view component to a string.</summary>
public partial class NullView : IView
{
    public static readonly NullView Instance = new();

    public string Path => string.Empty;

    public virtual Task RenderAsync(ViewContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Task.CompletedTask;
    }
}
