using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Nop.Web.Framework.Models;

namespace Nop.Web.Framework.TagHelpers.Admin;

// Real source: src/Presentation/Nop.Web.Framework/TagHelpers/Admin/NopActionConfirmationTagHelper.cs
/// <summary>
/// <c>&lt;nop-action-confirmation asp-button-id="b" /&gt;</c> → modal div#b-action-confirmation with the admin "Confirm" partial:
/// button #b then asks "Are you sure?" and submits its form (with its own name) on "Yes".
/// </summary>
[HtmlTargetElement("nop-action-confirmation", Attributes = BUTTON_ID_ATTRIBUTE_NAME, TagStructure = TagStructure.WithoutEndTag)]
public partial class NopActionConfirmationTagHelper : TagHelper
{
    protected const string BUTTON_ID_ATTRIBUTE_NAME = "asp-button-id";
    protected const string ACTION_ATTRIBUTE_NAME = "asp-action";
    protected const string ADDITIONAL_CONFIRM_TEXT = "asp-additional-confirm";

    protected readonly IHtmlHelper _htmlHelper;

    public NopActionConfirmationTagHelper(IHtmlGenerator generator, IHtmlHelper htmlHelper)
    {
        Generator = generator;
        _htmlHelper = htmlHelper;
    }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);

        (_htmlHelper as IViewContextAware)?.Contextualize(ViewContext);

        var routeValues = _htmlHelper.ViewContext.RouteData.Values;
        if (string.IsNullOrEmpty(Action))
            Action = routeValues["action"].ToString();

        var modalId = ButtonId + "-action-confirmation";
        var model = new ActionConfirmationModel
        {
            ControllerName = routeValues["controller"].ToString(),
            ActionName = Action,
            WindowId = modalId,
            ButtonId = ButtonId,
            AdditonalConfirmText = ConfirmText
        };

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.Add("id", modalId);
        output.Attributes.Add("class", "modal fade");
        output.Attributes.Add("tabindex", "-1");
        output.Attributes.Add("role", "dialog");
        output.Attributes.Add("aria-labelledby", $"{modalId}-title");
        output.Content.SetHtmlContent(await _htmlHelper.PartialAsync("Confirm", model));
    }

    protected IHtmlGenerator Generator { get; set; }

    [HtmlAttributeName(BUTTON_ID_ATTRIBUTE_NAME)]
    public string ButtonId { get; set; }

    [HtmlAttributeName(ACTION_ATTRIBUTE_NAME)]
    public string Action { get; set; }

    [HtmlAttributeName(ADDITIONAL_CONFIRM_TEXT)]
    public string ConfirmText { get; set; }

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; }
}
