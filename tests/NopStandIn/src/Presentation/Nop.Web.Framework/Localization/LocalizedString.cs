using Microsoft.AspNetCore.Html;

namespace Nop.Web.Framework.Localization;

// Real source: src/Presentation/Nop.Web.Framework/Localization/LocalizedString.cs
/// <summary>
/// A localized text. It is written to the page as HTML (resource values may hold markup);
/// use <see cref="Text"/> where a plain string is needed, e.g. in an attribute value.
/// </summary>
public partial class LocalizedString : HtmlString
{
    public LocalizedString(string localized) : base(localized)
    {
        Text = localized;
    }

    public string Text { get; }
}
