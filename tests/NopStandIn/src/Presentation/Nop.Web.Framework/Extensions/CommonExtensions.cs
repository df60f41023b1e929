using Microsoft.AspNetCore.Mvc.Rendering;

namespace Nop.Web.Framework.Extensions;

// Real source: src/Presentation/Nop.Web.Framework/Extensions/CommonExtensions.cs (subset)
public static class CommonExtensions
{
    /// <summary>Fewer than two real choices (items valued "0", usually "All", are ignored by default).</summary>
    public static bool SelectionIsNotPossible(this IList<SelectListItem> items, bool ignoreZeroValue = true)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items.Count(item => !ignoreZeroValue || !item.Value.Equals("0")) < 2;
    }
}
