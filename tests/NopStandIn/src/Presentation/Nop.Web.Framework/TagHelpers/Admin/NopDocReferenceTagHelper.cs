using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Nop.Web.Framework.TagHelpers.Admin;

// Real source: src/Presentation/Nop.Web.Framework/TagHelpers/Admin/NopDocReferenceTagHelper.cs
// Stand-in: AdminAreaSettings.ShowDocumentationReferenceLinks is taken as its installed default (true).
/// <summary><c>&lt;nop-doc-reference asp-string-resource="..." /&gt;</c> → div.documentation-reference &gt; span (no div with asp-add-wrapper="false").</summary>
[HtmlTargetElement("nop-doc-reference", Attributes = STRING_RESOURCE_ATTRIBUTE_NAME, TagStructure = TagStructure.WithoutEndTag)]
public partial class NopDocReferenceTagHelper : TagHelper
{
    protected const string STRING_RESOURCE_ATTRIBUTE_NAME = "asp-string-resource";
    protected const string ADD_WRAPPER_ATTRIBUTE_NAME = "asp-add-wrapper";

    public override Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);

        output.SuppressOutput();
        if (AddWrapper)
        {
            output.TagName = "div";
            output.TagMode = TagMode.StartTagAndEndTag;
            output.Attributes.SetAttribute("class", "documentation-reference");
        }

        output.Content.AppendHtml($"<span>{StringResource}</span>");
        return Task.CompletedTask;
    }

    [HtmlAttributeName(STRING_RESOURCE_ATTRIBUTE_NAME)]
    public string StringResource { get; set; }

    [HtmlAttributeName(ADD_WRAPPER_ATTRIBUTE_NAME)]
    public bool AddWrapper { get; set; } = true;
}
