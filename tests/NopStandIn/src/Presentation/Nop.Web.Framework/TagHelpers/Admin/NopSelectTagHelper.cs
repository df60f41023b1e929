using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Nop.Web.Framework.TagHelpers.Admin;

// Real source: src/Presentation/Nop.Web.Framework/TagHelpers/Admin/NopSelectTagHelper.cs
// Stand-in: MinimumItemsForSearch is AdminAreaSettings' installed default (50) instead of the setting.
/// <summary>
/// <c>&lt;nop-select asp-for="X" asp-items="..." /&gt;</c> (or asp-for-name): int and string (and List of them with
/// asp-multiple="true") go through the admin editor templates Select / SelectString / MultiSelect / MultiSelectString
/// with view data { htmlAttributes, SelectList, MinimumItemsForSearch }; other types get a plain dropdown with
/// class "form-control". Other attributes on the tag become HTML attributes.
/// </summary>
[HtmlTargetElement("nop-select", TagStructure = TagStructure.WithoutEndTag)]
public partial class NopSelectTagHelper : TagHelper
{
    protected const string FOR_ATTRIBUTE_NAME = "asp-for";
    protected const string NAME_ATTRIBUTE_NAME = "asp-for-name";
    protected const string ITEMS_ATTRIBUTE_NAME = "asp-items";
    protected const string MULTIPLE_ATTRIBUTE_NAME = "asp-multiple";
    protected const string REQUIRED_ATTRIBUTE_NAME = "asp-required";

    protected readonly IHtmlHelper _htmlHelper;

    public NopSelectTagHelper(IHtmlHelper htmlHelper)
    {
        _htmlHelper = htmlHelper;
    }

    public override Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);

        output.SuppressOutput();

        if (bool.TryParse(IsRequired, out var required) && required)
        {
            output.PreElement.SetHtmlContent("<div class='input-group input-group-required'>");
            output.PostElement.SetHtmlContent("<div class=\"input-group-btn\"><span class=\"required\">*</span></div></div>");
        }

        (_htmlHelper as IViewContextAware)?.Contextualize(ViewContext);

        string[] own = [FOR_ATTRIBUTE_NAME, NAME_ATTRIBUTE_NAME, ITEMS_ATTRIBUTE_NAME, MULTIPLE_ATTRIBUTE_NAME, REQUIRED_ATTRIBUTE_NAME];
        var htmlAttributes = new Dictionary<string, object>();
        foreach (var attribute in context.AllAttributes.Where(attribute => !own.Contains(attribute.Name)))
            htmlAttributes.Add(attribute.Name, attribute.Value);

        var name = For != null ? For.Name : Name;
        if (string.IsNullOrEmpty(name))
            return Task.CompletedTask;

        var template = bool.TryParse(IsMultiple, out var multiple) && multiple ? "MultiSelect" : "Select";
        var modelType = For?.ModelExplorer.ModelType;
        var viewData = new { htmlAttributes, SelectList = Items, MinimumItemsForSearch = 50 };

        IHtmlContent html;
        if (modelType is null || modelType == typeof(string) || modelType == typeof(List<string>))
            html = _htmlHelper.Editor(name, $"{template}String", viewData);
        else if (modelType == typeof(int) || modelType == typeof(List<int>))
            html = _htmlHelper.Editor(name, template, viewData);
        else
        {
            if (!htmlAttributes.TryAdd("class", "form-control"))
                htmlAttributes["class"] += " form-control";
            html = _htmlHelper.DropDownList(name, Items, htmlAttributes);
        }

        output.Content.SetHtmlContent(StandInTagHelperText.Render(html));
        return Task.CompletedTask;
    }

    [HtmlAttributeName(FOR_ATTRIBUTE_NAME)]
    public ModelExpression For { get; set; }

    [HtmlAttributeName(NAME_ATTRIBUTE_NAME)]
    public string Name { get; set; }

    [HtmlAttributeName(ITEMS_ATTRIBUTE_NAME)]
    public IEnumerable<SelectListItem> Items { set; get; } = new List<SelectListItem>();

    [HtmlAttributeName(REQUIRED_ATTRIBUTE_NAME)]
    public string IsRequired { set; get; }

    [HtmlAttributeName(MULTIPLE_ATTRIBUTE_NAME)]
    public string IsMultiple { set; get; }

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; }
}
