using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Razor.TagHelpers;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Nop.Web.Framework.UI;

namespace Nop.Web.Framework.TagHelpers.Shared;

// Real source: src/Presentation/Nop.Web.Framework/TagHelpers/Shared/NopScriptTagHelper.cs
// Stand-in: no bundling, so asp-location="Auto" (the default) leaves the script where it is.
/// <summary>
/// Every <c>&lt;script&gt;</c>: with asp-location="Head" or "Footer" the script (inline or src) is moved into
/// INopHtmlHelper and written by the layout at that place; AJAX responses keep their scripts in place;
/// "~/" in src is resolved.
/// </summary>
[HtmlTargetElement("script")]
public partial class NopScriptTagHelper : UrlResolutionTagHelper
{
    private readonly INopHtmlHelper _nopHtmlHelper;

    public NopScriptTagHelper(HtmlEncoder htmlEncoder, INopHtmlHelper nopHtmlHelper, IUrlHelperFactory urlHelperFactory)
        : base(urlHelperFactory, htmlEncoder)
    {
        _nopHtmlHelper = nopHtmlHelper;
    }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);

        if (ViewContext?.HttpContext is { } httpContext && httpContext.Request.Headers.XRequestedWith.ToString() == "XMLHttpRequest")
            return;

        output.TagMode = TagMode.StartTagAndEndTag;

        if (context.AllAttributes.TryGetAttribute("type", out var type)
            && !string.Equals(type.Value?.ToString(), "text/javascript", StringComparison.OrdinalIgnoreCase))
            return;

        if (Src != null)
        {
            output.Attributes.SetAttribute("src", Src);
            ProcessUrlAttribute("src", output);
            Src = output.Attributes["src"]?.Value?.ToString();
        }

        if (Location is ResourceLocation.Auto or ResourceLocation.None)
            return;

        if (string.IsNullOrEmpty(Src))
        {
            var script = new TagBuilder("script");
            script.InnerHtml.SetHtmlContent(new HtmlString((await output.GetChildContentAsync()).GetContent()));
            foreach (var attribute in output.Attributes)
                script.MergeAttribute(attribute.Name, attribute.Value?.ToString(), replaceExisting: false);
            _nopHtmlHelper.AddInlineScriptParts(Location, StandInTagHelperText.Render(script) + Environment.NewLine);
        }
        else
            _nopHtmlHelper.AddScriptParts(Location, Src, DebugSrc, ExcludeFromBundle);

        output.SuppressOutput();
    }

    [HtmlAttributeName("asp-debug-src")]
    public string DebugSrc { get; set; }

    [HtmlAttributeName("asp-location")]
    public ResourceLocation Location { set; get; }

    [HtmlAttributeName("asp-exclude-from-bundle")]
    public bool ExcludeFromBundle { set; get; }

    [HtmlAttributeName("src")]
    public string Src { get; set; }
}
