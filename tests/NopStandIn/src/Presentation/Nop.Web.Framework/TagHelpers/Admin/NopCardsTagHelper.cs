using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Nop.Web.Framework.TagHelpers.Admin;

// Real source: src/Presentation/Nop.Web.Framework/TagHelpers/Admin/NopCardsTagHelper.cs
/// <summary><c>&lt;nop-cards id="..."&gt;</c>: a container of nop-card elements, written as it is.</summary>
[HtmlTargetElement("nop-cards", Attributes = ID_ATTRIBUTE_NAME)]
public partial class NopCardsTagHelper : TagHelper
{
    protected const string ID_ATTRIBUTE_NAME = "id";

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; }
}
