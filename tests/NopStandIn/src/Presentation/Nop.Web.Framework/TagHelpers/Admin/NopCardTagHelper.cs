using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Nop.Web.Framework.Factories;
using Nop.Web.Framework.Infrastructure;
using Nop.Web.Framework.Models.Cms;

namespace Nop.Web.Framework.TagHelpers.Admin;

// Real source: src/Presentation/Nop.Web.Framework/TagHelpers/Admin/NopCardTagHelper.cs
/// <summary>
/// <c>&lt;nop-card asp-name="n" asp-icon="fas fa-x" asp-title="..." asp-hide-block-attribute-name="..." asp-hide="false"&gt;</c>
/// → inside the nop-card element, <c>div#n.card.card-secondary.card-outline</c> (+ collapsed-card when asp-hide,
/// advanced-setting when asp-advanced) with a header (title only when asp-icon is given, as in nopCommerce) and a
/// collapse button, then the widgets of zone admin_card_before, the content, the widgets of admin_card_after.
/// Like nopCommerce, it fails when asp-hide-block-attribute-name or asp-hide is missing.
/// </summary>
[HtmlTargetElement("nop-card", Attributes = NAME_ATTRIBUTE_NAME)]
public partial class NopCardTagHelper : TagHelper
{
    protected const string NAME_ATTRIBUTE_NAME = "asp-name";
    protected const string TITLE_ATTRIBUTE_NAME = "asp-title";
    protected const string HIDE_BLOCK_ATTRIBUTE_NAME_ATTRIBUTE_NAME = "asp-hide-block-attribute-name";
    protected const string IS_HIDE_ATTRIBUTE_NAME = "asp-hide";
    protected const string IS_ADVANCED_ATTRIBUTE_NAME = "asp-advanced";
    protected const string CARD_ICON_ATTRIBUTE_NAME = "asp-icon";

    protected readonly IViewComponentHelper _viewComponentHelper;
    protected readonly IWidgetModelFactory _widgetModelFactory;

    public NopCardTagHelper(IViewComponentHelper viewComponentHelper, IWidgetModelFactory widgetModelFactory)
    {
        _viewComponentHelper = viewComponentHelper;
        _widgetModelFactory = widgetModelFactory;
    }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);

        //nopCommerce dereferences both attributes unconditionally (a NullReferenceException in a store)
        var hideBlockAttribute = context.AllAttributes[HIDE_BLOCK_ATTRIBUTE_NAME_ATTRIBUTE_NAME]
            ?? throw new InvalidOperationException($"nop-card \"{Name}\" has no {HIDE_BLOCK_ATTRIBUTE_NAME_ATTRIBUTE_NAME} attribute; nopCommerce fails on it.");
        var hideAttribute = context.AllAttributes[IS_HIDE_ATTRIBUTE_NAME]
            ?? throw new InvalidOperationException($"nop-card \"{Name}\" has no {IS_HIDE_ATTRIBUTE_NAME} attribute; nopCommerce fails on it.");
        var hidden = hideAttribute.Value.Equals(true);

        (_viewComponentHelper as IViewContextAware)?.Contextualize(ViewContext);

        var card = new TagBuilder("div");
        card.Attributes.Add("id", Name);
        card.Attributes.Add("data-card-name", Name);
        card.AddCssClass("card card-secondary card-outline");
        if (context.AllAttributes.TryGetAttribute(IS_ADVANCED_ATTRIBUTE_NAME, out var advanced) && advanced.Value.Equals(true))
            card.AddCssClass("advanced-setting");
        card.Attributes.Add("data-hideAttribute", hideBlockAttribute.Value.ToString());
        if (hidden)
            card.AddCssClass("collapsed-card");

        var header = new TagBuilder("div");
        header.AddCssClass("card-header with-border clearfix");
        if (context.AllAttributes.TryGetAttribute(CARD_ICON_ATTRIBUTE_NAME, out var icon))
        {
            var title = new TagBuilder("div");
            title.AddCssClass("card-title");
            var iconTag = new TagBuilder("i");
            iconTag.AddCssClass(icon.Value.ToString());
            title.InnerHtml.AppendHtml(iconTag);
            title.InnerHtml.AppendHtml($"{context.AllAttributes[TITLE_ATTRIBUTE_NAME]?.Value}");
            header.InnerHtml.AppendHtml(title);
        }

        var toggle = new TagBuilder("i");
        toggle.AddCssClass(hidden ? "fa toggle-icon fa-plus" : "fa toggle-icon fa-minus");
        var button = new TagBuilder("button");
        button.AddCssClass("btn btn-tool");
        button.MergeAttribute("type", "button");
        button.MergeAttribute("data-card-widget", "collapse");
        button.InnerHtml.AppendHtml(toggle);
        var tools = new TagBuilder("div");
        tools.AddCssClass("card-tools float-right");
        tools.InnerHtml.AppendHtml(button);
        header.InnerHtml.AppendHtml(tools);
        card.InnerHtml.AppendHtml(header);

        await AppendWidgetsAsync(card, AdminWidgetZones.CardBefore);
        card.InnerHtml.AppendHtml((await output.GetChildContentAsync()).GetContent());
        await AppendWidgetsAsync(card, AdminWidgetZones.CardAfter);

        output.Content.AppendHtml(StandInTagHelperText.Render(card));
    }

    private async Task AppendWidgetsAsync(TagBuilder card, string zone)
    {
        foreach (var widget in await _widgetModelFactory.PrepareRenderWidgetModelAsync(zone, new WidgetNopCardModel { CardName = Name }))
            card.InnerHtml.AppendHtml(await _viewComponentHelper.InvokeAsync(widget.WidgetViewComponent, widget.WidgetViewComponentArguments));
    }

    [HtmlAttributeName(TITLE_ATTRIBUTE_NAME)]
    public string Title { get; set; }

    [HtmlAttributeName(NAME_ATTRIBUTE_NAME)]
    public string Name { get; set; }

    [HtmlAttributeName(HIDE_BLOCK_ATTRIBUTE_NAME_ATTRIBUTE_NAME)]
    public string HideBlockAttributeName { get; set; }

    [HtmlAttributeName(IS_HIDE_ATTRIBUTE_NAME)]
    public bool IsHide { get; set; }

    [HtmlAttributeName(IS_ADVANCED_ATTRIBUTE_NAME)]
    public bool IsAdvanced { get; set; }

    [HtmlAttributeName(CARD_ICON_ATTRIBUTE_NAME)]
    public string CardIconIsAdvanced { get; set; }

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; }
}
