using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Nop.Web.Framework.Extensions;

namespace Nop.Web.Framework.TagHelpers.Admin;

// Real source: src/Presentation/Nop.Web.Framework/TagHelpers/Admin/NopTabTagHelper.cs
/// <summary>One tab of nop-tabs: li.nav-item with a.nav-link[href=#name] and the pane div.tab-pane#name (active when selected).</summary>
[HtmlTargetElement("nop-tab", ParentTag = "nop-tabs", Attributes = NAME_ATTRIBUTE_NAME)]
public partial class NopTabTagHelper : TagHelper
{
    protected const string NAME_ATTRIBUTE_NAME = "asp-name";
    protected const string TITLE_ATTRIBUTE_NAME = "asp-title";
    protected const string DEFAULT_ATTRIBUTE_NAME = "asp-default";

    protected readonly IHtmlHelper _htmlHelper;

    public NopTabTagHelper(IHtmlHelper htmlHelper)
    {
        _htmlHelper = htmlHelper;
    }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);

        (_htmlHelper as IViewContextAware)?.Contextualize(ViewContext);

        _ = bool.TryParse(IsDefault, out var isDefault);
        var toSelect = context.Items.TryGetValue("tabNameToSelect", out var requested) ? requested.ToString() : string.Empty;
        if (string.IsNullOrEmpty(toSelect))
            toSelect = _htmlHelper.GetSelectedTabName();
        if (string.IsNullOrEmpty(toSelect) && isDefault)
            toSelect = Name;
        var selected = toSelect == Name;

        var link = new TagBuilder("a");
        link.Attributes.Add("data-tab-name", Name);
        link.Attributes.Add("href", $"#{Name}");
        link.Attributes.Add("data-toggle", "pill");
        link.Attributes.Add("role", "tab");
        link.Attributes.Add("aria-selected", "false");
        link.AddCssClass(selected ? "nav-link active" : "nav-link");
        link.InnerHtml.AppendHtml(Title);

        var title = new TagBuilder("li");
        title.AddCssClass("nav-item");
        if (context.AllAttributes.TryGetAttribute("class", out var cssClass))
            title.AddCssClass(cssClass.Value.ToString());
        title.InnerHtml.AppendHtml(link);

        var pane = new TagBuilder("div");
        pane.AddCssClass(selected ? "tab-pane fade active" : "tab-pane fade");
        pane.Attributes.Add("id", Name);
        pane.Attributes.Add("role", "tabpanel");
        pane.InnerHtml.AppendHtml((await output.GetChildContentAsync()).GetContent());

        var tabs = (List<NopTabContextItem>)context.Items[typeof(NopTabsTagHelper)];
        tabs.Add(new NopTabContextItem
        {
            Title = StandInTagHelperText.Render(title),
            Content = StandInTagHelperText.Render(pane),
            IsDefault = isDefault
        });

        output.SuppressOutput();
    }

    [HtmlAttributeName(TITLE_ATTRIBUTE_NAME)]
    public string Title { set; get; }

    [HtmlAttributeName(DEFAULT_ATTRIBUTE_NAME)]
    public string IsDefault { set; get; }

    [HtmlAttributeName(NAME_ATTRIBUTE_NAME)]
    public string Name { set; get; }

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; }
}
