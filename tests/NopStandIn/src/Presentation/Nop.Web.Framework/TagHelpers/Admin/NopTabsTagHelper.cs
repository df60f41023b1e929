using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Nop.Web.Framework.Extensions;

namespace Nop.Web.Framework.TagHelpers.Admin;

// Real source: src/Presentation/Nop.Web.Framework/TagHelpers/Admin/NopTabsTagHelper.cs
/// <summary>
/// <c>&lt;nop-tabs id="..."&gt;&lt;nop-tab asp-name=".." asp-title=".." asp-default="true"&gt;</c> → a tab card: ul.nav.nav-tabs of
/// the tab titles, div.tab-content of the panes, a hidden input "selected-tab-name" (unless
/// asp-render-selected-tab-input="false"). The selected tab: ?tabNameToSelect=, else asp-tab-name-to-select, else
/// the one remembered from the last POST, else the default tab.
/// </summary>
[HtmlTargetElement("nop-tabs", Attributes = ID_ATTRIBUTE_NAME)]
public partial class NopTabsTagHelper : TagHelper
{
    protected const string ID_ATTRIBUTE_NAME = "id";
    protected const string TAB_NAME_TO_SELECT_ATTRIBUTE_NAME = "asp-tab-name-to-select";
    protected const string RENDER_SELECTED_TAB_INPUT_ATTRIBUTE_NAME = "asp-render-selected-tab-input";

    protected readonly IHtmlHelper _htmlHelper;

    public NopTabsTagHelper(IHtmlHelper htmlHelper)
    {
        _htmlHelper = htmlHelper;
    }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);

        (_htmlHelper as IViewContextAware)?.Contextualize(ViewContext);

        var tabs = new List<NopTabContextItem>();
        context.Items.Add(typeof(NopTabsTagHelper), tabs);

        string toSelect = ViewContext.HttpContext.Request.Query["tabNameToSelect"];
        if (!string.IsNullOrEmpty(TabNameToSelect))
            toSelect = TabNameToSelect;
        if (!string.IsNullOrEmpty(toSelect))
            context.Items.Add("tabNameToSelect", toSelect);

        await output.GetChildContentAsync();

        var titles = new TagBuilder("ul");
        titles.AddCssClass("nav nav-tabs");
        titles.Attributes.Add("id", "custom-content-above-tab");
        titles.Attributes.Add("role", "tablist");
        var panes = new TagBuilder("div");
        panes.AddCssClass("tab-content");
        foreach (var tab in tabs)
        {
            titles.InnerHtml.AppendHtml(tab.Title);
            panes.InnerHtml.AppendHtml(tab.Content);
        }

        var header = new TagBuilder("div");
        header.AddCssClass("card-header p-0 pt-1 border-bottom-0");
        header.InnerHtml.AppendHtml(titles);
        var body = new TagBuilder("div");
        body.AddCssClass("card-body");
        body.InnerHtml.AppendHtml(panes);

        output.Content.AppendHtml(StandInTagHelperText.Render(header));
        output.Content.AppendHtml(StandInTagHelperText.Render(body));

        _ = bool.TryParse(RenderSelectedTabInput, out var renderInput);
        if (string.IsNullOrEmpty(RenderSelectedTabInput) || renderInput)
        {
            var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
            input.Attributes.Add("type", "hidden");
            input.Attributes.Add("id", "selected-tab-name");
            input.Attributes.Add("name", "selected-tab-name");
            input.Attributes.Add("value", _htmlHelper.GetSelectedTabName());
            output.PreContent.SetHtmlContent(StandInTagHelperText.Render(input));

            if (output.Attributes.ContainsName("id"))
            {
                var script = new TagBuilder("script");
                script.InnerHtml.AppendHtml($"$(function() {{bindBootstrapTabSelectEvent('{output.Attributes["id"].Value}', 'selected-tab-name');}});");
                output.PostContent.SetHtmlContent(StandInTagHelperText.Render(script));
            }
        }

        output.TagName = "div";
        const string tabsClass = "card card-primary card-outline card-outline-tabs nav-tabs-custom";
        output.Attributes.SetAttribute("class", output.Attributes.ContainsName("class") ? $"{output.Attributes["class"].Value} {tabsClass}" : tabsClass);
    }

    [HtmlAttributeName(TAB_NAME_TO_SELECT_ATTRIBUTE_NAME)]
    public string TabNameToSelect { set; get; }

    [HtmlAttributeName(RENDER_SELECTED_TAB_INPUT_ATTRIBUTE_NAME)]
    public string RenderSelectedTabInput { set; get; }

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; }
}
