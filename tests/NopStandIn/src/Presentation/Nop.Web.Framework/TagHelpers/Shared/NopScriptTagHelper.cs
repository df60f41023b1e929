using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Razor.TagHelpers;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Nop.Web.Framework.UI;
using Nop.Web.Framework.WebOptimizer;

namespace Nop.Web.Framework.TagHelpers.Shared;

// Real source: src/Presentation/Nop.Web.Framework/TagHelpers/Shared/NopScriptTagHelper.cs
// Stand-in: no bundling, minification or cache busting; "~/" in src is resolved.
/// <summary>
/// Every <c>&lt;script&gt;</c> of a view that imports Nop.Web.Framework's tag helpers (not in AJAX responses, not
/// with a type other than text/javascript). asp-location="Auto" (the default) means "Footer" while JavaScript
/// bundling is on (as in a new store) and "None" when it is off. "Head" / "Footer": the script (inline or src) is
/// removed from the page and put into INopHtmlHelper's list for that place, which only the layouts write
/// (<c>NopHtml.GenerateScripts</c> / <c>GenerateInlineScripts</c>); "None" leaves it where it is.
/// </summary>
[HtmlTargetElement("script")]
public partial class NopScriptTagHelper : UrlResolutionTagHelper
{
    private readonly INopHtmlHelper _nopHtmlHelper;
    private readonly WebOptimizerConfig _webOptimizerConfig;

    public NopScriptTagHelper(HtmlEncoder htmlEncoder, INopHtmlHelper nopHtmlHelper, IUrlHelperFactory urlHelperFactory,
        WebOptimizerConfig webOptimizerConfig)
        : base(urlHelperFactory, htmlEncoder)
    {
        _nopHtmlHelper = nopHtmlHelper;
        _webOptimizerConfig = webOptimizerConfig;
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

        if (Location == ResourceLocation.Auto)
            Location = _webOptimizerConfig.EnableJavaScriptBundling ? ResourceLocation.Footer : ResourceLocation.None;

        if (Location == ResourceLocation.None)
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
