using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Nop.Web.Framework.TagHelpers.Shared;

// Real source: src/Presentation/Nop.Web.Framework/TagHelpers/Shared/NopRequiredTagHelper.cs
/// <summary><c>&lt;nop-required /&gt;</c> → <c>&lt;span class="required"&gt;*&lt;/span&gt;</c>.</summary>
[HtmlTargetElement("nop-required", TagStructure = TagStructure.WithoutEndTag)]
public partial class NopRequiredTagHelper : TagHelper
{
    public override Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);

        output.SuppressOutput();
        output.TagName = "span";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "required");
        output.Content.SetContent("*");
        return Task.CompletedTask;
    }
}
