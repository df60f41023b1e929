using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Razor.TagHelpers;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Nop.Web.Framework.UI;

namespace Nop.Web.Framework.TagHelpers.Shared;

// Real source: src/Presentation/Nop.Web.Framework/TagHelpers/Shared/NopLinkTagHelper.cs
/// <summary>
/// Every <c>&lt;link rel="stylesheet"&gt;</c> of a view that imports Nop.Web.Framework's tag helpers: its href goes
/// into INopHtmlHelper's CSS list and the element itself is removed from the page. Only
/// <c>NopHtml.GenerateCssFiles()</c> writes the list (the layouts call it in their head), so a view without a
/// layout that does not call it loses its stylesheet. No attribute keeps the element (asp-exclude-from-bundle only
/// keeps the file out of the bundle); Razor's opt-out <c>&lt;!link ...&gt;</c> does. Also in AJAX responses.
/// </summary>
[HtmlTargetElement("link", Attributes = "[rel=stylesheet]")]
public partial class NopLinkTagHelper : UrlResolutionTagHelper
{
    private readonly INopHtmlHelper _nopHtmlHelper;

    public NopLinkTagHelper(HtmlEncoder htmlEncoder, INopHtmlHelper nopHtmlHelper, IUrlHelperFactory urlHelperFactory)
        : base(urlHelperFactory, htmlEncoder)
    {
        _nopHtmlHelper = nopHtmlHelper;
    }

    public override Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);

        _nopHtmlHelper.AddCssFileParts(Href, string.Empty, ExcludeFromBundle);
        output.SuppressOutput();
        return Task.CompletedTask;
    }

    [HtmlAttributeName("asp-exclude-from-bundle")]
    public bool ExcludeFromBundle { get; set; }

    [HtmlAttributeName("href")]
    public string Href { get; set; }
}
