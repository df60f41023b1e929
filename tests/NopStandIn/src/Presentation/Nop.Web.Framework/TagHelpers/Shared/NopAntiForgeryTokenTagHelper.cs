using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Nop.Web.Framework.TagHelpers.Shared;

// Real source: src/Presentation/Nop.Web.Framework/TagHelpers/Shared/NopAntiForgeryTokenTagHelper.cs
/// <summary><c>&lt;nop-antiforgery-token /&gt;</c> → the hidden __RequestVerificationToken input (the admin layout renders one on every page).</summary>
[HtmlTargetElement("nop-antiforgery-token", TagStructure = TagStructure.WithoutEndTag)]
public partial class NopAntiForgeryTokenTagHelper : TagHelper
{
    public NopAntiForgeryTokenTagHelper(IHtmlGenerator generator)
    {
        Generator = generator;
    }

    protected IHtmlGenerator Generator { get; set; }

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; }

    public override Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);

        output.SuppressOutput();
        var token = Generator.GenerateAntiforgery(ViewContext);
        if (token != null)
            output.Content.SetHtmlContent(token);
        return Task.CompletedTask;
    }
}
