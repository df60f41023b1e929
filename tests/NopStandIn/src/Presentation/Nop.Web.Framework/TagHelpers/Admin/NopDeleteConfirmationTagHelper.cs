using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Nop.Web.Framework.Models;

namespace Nop.Web.Framework.TagHelpers.Admin;

// Real source: src/Presentation/Nop.Web.Framework/TagHelpers/Admin/NopDeleteConfirmationTagHelper.cs
/// <summary>
/// <c>&lt;nop-delete-confirmation asp-model-id="@Model.Id" asp-button-id="delete" /&gt;</c> → modal
/// div#&lt;modeltype&gt;-&lt;action&gt;-delete-confirmation with the admin "Delete" partial: a form that POSTs id to
/// the current controller's asp-action (default "Delete"); button #delete opens it.
/// </summary>
[HtmlTargetElement("nop-delete-confirmation", Attributes = MODEL_ID_ATTRIBUTE_NAME + "," + BUTTON_ID_ATTRIBUTE_NAME, TagStructure = TagStructure.WithoutEndTag)]
public partial class NopDeleteConfirmationTagHelper : TagHelper
{
    protected const string MODEL_ID_ATTRIBUTE_NAME = "asp-model-id";
    protected const string BUTTON_ID_ATTRIBUTE_NAME = "asp-button-id";
    protected const string ACTION_ATTRIBUTE_NAME = "asp-action";

    protected readonly IHtmlHelper _htmlHelper;

    public NopDeleteConfirmationTagHelper(IHtmlGenerator generator, IHtmlHelper htmlHelper)
    {
        Generator = generator;
        _htmlHelper = htmlHelper;
    }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);

        (_htmlHelper as IViewContextAware)?.Contextualize(ViewContext);

        if (string.IsNullOrEmpty(Action))
            Action = "Delete";

        var modalId = $"{_htmlHelper.ViewData.ModelMetadata.ModelType.Name.ToLowerInvariant()}-{Action}-delete-confirmation";
        var model = new DeleteConfirmationModel
        {
            Id = ModelId,
            ControllerName = _htmlHelper.ViewContext.RouteData.Values["controller"].ToString(),
            ActionName = Action,
            WindowId = modalId
        };

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.Add("id", modalId);
        output.Attributes.Add("class", "modal fade");
        output.Attributes.Add("tabindex", "-1");
        output.Attributes.Add("role", "dialog");
        output.Attributes.Add("aria-labelledby", $"{modalId}-title");
        output.Content.SetHtmlContent(await _htmlHelper.PartialAsync("Delete", model));

        var script = new TagBuilder("script");
        script.InnerHtml.AppendHtml($"$(function() {{$('#{ButtonId}').attr(\"data-toggle\", \"modal\").attr(\"data-target\", \"#{modalId}\")}});");
        output.PostContent.SetHtmlContent(StandInTagHelperText.Render(script));
    }

    protected IHtmlGenerator Generator { get; set; }

    [HtmlAttributeName(MODEL_ID_ATTRIBUTE_NAME)]
    public string ModelId { get; set; }

    [HtmlAttributeName(BUTTON_ID_ATTRIBUTE_NAME)]
    public string ButtonId { get; set; }

    [HtmlAttributeName(ACTION_ATTRIBUTE_NAME)]
    public string Action { get; set; }

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; }
}
