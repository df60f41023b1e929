using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Nop.Web.Framework.TagHelpers.Admin;

// Real source: src/Presentation/Nop.Web.Framework/TagHelpers/Admin/NopTextAreaTagHelper.cs
/// <summary><c>&lt;nop-textarea asp-for="X" /&gt;</c> → <c>textarea.form-control</c> (rows 4, cols 20 unless given), required wrapper like nop-editor.</summary>
[HtmlTargetElement("nop-textarea", Attributes = FOR_ATTRIBUTE_NAME)]
public partial class NopTextAreaTagHelper : TextAreaTagHelper
{
    protected const string FOR_ATTRIBUTE_NAME = "asp-for";
    protected const string REQUIRED_ATTRIBUTE_NAME = "asp-required";
    protected const string CUSTOM_HTML_ATTRIBUTES = "html-attributes";

    public NopTextAreaTagHelper(IHtmlGenerator generator) : base(generator)
    {
    }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);

        output.TagName = "textarea";
        output.TagMode = TagMode.StartTagAndEndTag;

        var cssClass = output.Attributes.ContainsName("class") ? $"{output.Attributes["class"].Value} form-control" : "form-control";
        output.Attributes.SetAttribute("class", cssClass);

        foreach (var (key, value) in HtmlHelper.AnonymousObjectToHtmlAttributes(CustomHtmlAttributes))
            output.Attributes.Add(key, value);

        output.Attributes.SetAttribute("rows", output.Attributes.ContainsName("rows") ? output.Attributes["rows"].Value : 4);
        output.Attributes.SetAttribute("cols", output.Attributes.ContainsName("cols") ? output.Attributes["cols"].Value : 20);

        if (bool.TryParse(IsRequired, out var required) && required)
        {
            output.PreElement.SetHtmlContent("<div class='input-group input-group-required'>");
            output.PostElement.SetHtmlContent("<div class=\"input-group-btn\"><span class=\"required\">*</span></div></div>");
        }

        await base.ProcessAsync(context, output);
    }

    [HtmlAttributeName(CUSTOM_HTML_ATTRIBUTES)]
    public object CustomHtmlAttributes { set; get; }

    [HtmlAttributeName(REQUIRED_ATTRIBUTE_NAME)]
    public string IsRequired { set; get; }
}
