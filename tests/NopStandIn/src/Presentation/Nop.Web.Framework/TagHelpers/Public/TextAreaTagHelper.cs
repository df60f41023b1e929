using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Nop.Web.Framework.TagHelpers.Public;

// Real source: src/Presentation/Nop.Web.Framework/TagHelpers/Public/TextAreaTagHelper.cs
/// <summary>nopCommerce's own <c>&lt;textarea asp-for&gt;</c>: ASP.NET Core's TextAreaTagHelper plus asp-disabled="true".</summary>
[HtmlTargetElement("textarea", Attributes = "asp-for")]
public partial class TextAreaTagHelper : Microsoft.AspNetCore.Mvc.TagHelpers.TextAreaTagHelper
{
    public TextAreaTagHelper(IHtmlGenerator generator) : base(generator)
    {
    }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);

        if (bool.TryParse(IsDisabled, out var disabled) && disabled)
            output.Attributes.Add(new TagHelperAttribute("disabled", "disabled"));

        await base.ProcessAsync(context, output);
    }

    [HtmlAttributeName("asp-disabled")]
    public string IsDisabled { set; get; }
}
