using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Nop.Web.Framework.Models;

namespace Nop.Web.Framework.TagHelpers.Admin;

// Real source: src/Presentation/Nop.Web.Framework/TagHelpers/Admin/NopAlertTagHelper.cs
/// <summary><c>&lt;nop-alert asp-alert-id="x" asp-alert-message="..." /&gt;</c> → modal div#x-action-alert with the admin "Alert" partial.</summary>
[HtmlTargetElement("nop-alert", Attributes = ALERT_NAME_ID, TagStructure = TagStructure.WithoutEndTag)]
public partial class NopAlertTagHelper : TagHelper
{
    protected const string ALERT_NAME_ID = "asp-alert-id";
    protected const string ALERT_MESSAGE_NAME = "asp-alert-message";

    protected readonly IHtmlHelper _htmlHelper;

    public NopAlertTagHelper(IHtmlGenerator generator, IHtmlHelper htmlHelper)
    {
        Generator = generator;
        _htmlHelper = htmlHelper;
    }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);

        (_htmlHelper as IViewContextAware)?.Contextualize(ViewContext);

        var modalId = AlertId + "-action-alert";
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.Add("id", modalId);
        output.Attributes.Add("class", "modal fade");
        output.Attributes.Add("tabindex", "-1");
        output.Attributes.Add("role", "dialog");
        output.Attributes.Add("aria-labelledby", $"{modalId}-title");
        output.Content.SetHtmlContent(await _htmlHelper.PartialAsync("Alert", new ActionAlertModel { AlertId = AlertId, WindowId = modalId, AlertMessage = Message }));

        var script = new TagBuilder("script");
        script.InnerHtml.AppendHtml($"$(function() {{$('#{AlertId}').attr(\"data-toggle\", \"modal\").attr(\"data-target\", \"#{modalId}\")}});");
        output.PostContent.SetHtmlContent(StandInTagHelperText.Render(script));
    }

    protected IHtmlGenerator Generator { get; set; }

    [HtmlAttributeName(ALERT_NAME_ID)]
    public string AlertId { get; set; }

    [HtmlAttributeName(ALERT_MESSAGE_NAME)]
    public string Message { get; set; }

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; }
}
