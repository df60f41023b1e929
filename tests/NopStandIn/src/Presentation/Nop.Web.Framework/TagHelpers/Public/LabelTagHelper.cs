using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Nop.Web.Framework.TagHelpers.Public;

// Real source: src/Presentation/Nop.Web.Framework/TagHelpers/Public/LabelTagHelper.cs
/// <summary>nopCommerce's own <c>&lt;label asp-for&gt;</c>: ASP.NET Core's LabelTagHelper plus asp-postfix, text appended to the label.</summary>
[HtmlTargetElement("label", Attributes = "asp-for")]
public partial class LabelTagHelper : Microsoft.AspNetCore.Mvc.TagHelpers.LabelTagHelper
{
    public LabelTagHelper(IHtmlGenerator generator) : base(generator)
    {
    }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);

        output.Content.Append(Postfix);
        await base.ProcessAsync(context, output);
    }

    [HtmlAttributeName("asp-postfix")]
    public string Postfix { get; set; }
}
