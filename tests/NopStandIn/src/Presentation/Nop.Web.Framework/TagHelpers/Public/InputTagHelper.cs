using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Nop.Web.Framework.TagHelpers.Public;

// Real source: src/Presentation/Nop.Web.Framework/TagHelpers/Public/InputTagHelper.cs
/// <summary>
/// nopCommerce's own <c>&lt;input asp-for&gt;</c>: ASP.NET Core's InputTagHelper plus asp-disabled="true". A view
/// that imports both <c>*, Microsoft.AspNetCore.Mvc.TagHelpers</c> and <c>*, Nop.Web.Framework</c> (a plugin's
/// _ViewImports, the admin area's) runs both on every <c>&lt;input asp-for&gt;</c>, so a checkbox gets its hidden
/// "false" input twice (nopCommerce's public views remove the ASP.NET one). When ASP.NET's helper throws (a model
/// value of another type), it retries with the property type's default value, then writes nothing.
/// </summary>
[HtmlTargetElement("input", Attributes = "asp-for")]
public partial class InputTagHelper : Microsoft.AspNetCore.Mvc.TagHelpers.InputTagHelper
{
    public InputTagHelper(IHtmlGenerator generator) : base(generator)
    {
    }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);

        if (bool.TryParse(IsDisabled, out var disabled) && disabled)
            output.Attributes.Add(new TagHelperAttribute("disabled", "disabled"));

        try
        {
            await base.ProcessAsync(context, output);
        }
        catch
        {
            try
            {
                ViewContext.ModelState[For.Name]!.RawValue = Activator.CreateInstance(For.ModelExplorer.ModelType);
                await base.ProcessAsync(context, output);
            }
            catch
            {
                output.SuppressOutput();
            }
        }
    }

    [HtmlAttributeName("asp-disabled")]
    public string IsDisabled { set; get; }
}
