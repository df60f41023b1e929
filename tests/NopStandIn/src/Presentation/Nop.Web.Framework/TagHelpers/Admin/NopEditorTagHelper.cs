using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Nop.Web.Framework.TagHelpers.Admin;

// Real source: src/Presentation/Nop.Web.Framework/TagHelpers/Admin/NopEditorTagHelper.cs
/// <summary>
/// <c>&lt;nop-editor asp-for="X" /&gt;</c> → <c>Html.Editor</c> of the property (admin EditorTemplates by type, e.g.
/// Int32, Decimal, DateTime, or asp-template), with additional view data { htmlAttributes, postfix }. String
/// properties (or asp-render-form-control-class="true") get class "form-control"; asp-required="true" wraps the
/// editor in <c>div.input-group.input-group-required</c> with a "*".
/// </summary>
[HtmlTargetElement("nop-editor", Attributes = FOR_ATTRIBUTE_NAME, TagStructure = TagStructure.WithoutEndTag)]
public partial class NopEditorTagHelper : TagHelper
{
    protected const string FOR_ATTRIBUTE_NAME = "asp-for";
    protected const string CUSTOM_HTML_ATTRIBUTES = "html-attributes";
    protected const string REQUIRED_ATTRIBUTE_NAME = "asp-required";
    protected const string RENDER_FORM_CONTROL_CLASS_ATTRIBUTE_NAME = "asp-render-form-control-class";
    protected const string TEMPLATE_ATTRIBUTE_NAME = "asp-template";
    protected const string POSTFIX_ATTRIBUTE_NAME = "asp-postfix";

    protected readonly IHtmlHelper _htmlHelper;

    public NopEditorTagHelper(IHtmlHelper htmlHelper)
    {
        _htmlHelper = htmlHelper;
    }

    public override Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);

        output.SuppressOutput();

        var htmlAttributes = new Dictionary<string, object>();
        foreach (var (key, value) in HtmlHelper.AnonymousObjectToHtmlAttributes(CustomHtmlAttributes))
            htmlAttributes.Add(key, value);

        if (bool.TryParse(IsRequired, out var required) && required)
        {
            output.PreElement.SetHtmlContent("<div class='input-group input-group-required'>");
            output.PostElement.SetHtmlContent("<div class=\"input-group-btn\"><span class=\"required\">*</span></div></div>");
        }

        (_htmlHelper as IViewContextAware)?.Contextualize(ViewContext);

        _ = bool.TryParse(RenderFormControlClass, out var renderFormControlClass);
        if ((string.IsNullOrEmpty(RenderFormControlClass) && For.Metadata.ModelType.Name.Equals("String")) || renderFormControlClass)
            htmlAttributes.Add("class", "form-control");

        //an indexed expression ("Items[0].Name") is not found by Html.Editor unless its value is in ViewData
        if (!_htmlHelper.ViewData.ContainsKey(For.Name) && Regex.IsMatch(For.Name, @"(?=\[\w+\]\.)"))
        {
            var prefix = _htmlHelper.ViewData.TemplateInfo.HtmlFieldPrefix;
            _htmlHelper.ViewData.Add(string.IsNullOrEmpty(prefix) ? For.Name : $"{prefix}.{For.Name}", For.Model);
        }

        output.Content.SetHtmlContent(_htmlHelper.Editor(For.Name, Template, new { htmlAttributes, postfix = Postfix }));
        return Task.CompletedTask;
    }

    [HtmlAttributeName(FOR_ATTRIBUTE_NAME)]
    public ModelExpression For { get; set; }

    [HtmlAttributeName(CUSTOM_HTML_ATTRIBUTES)]
    public object CustomHtmlAttributes { set; get; }

    [HtmlAttributeName(REQUIRED_ATTRIBUTE_NAME)]
    public string IsRequired { set; get; }

    [HtmlAttributeName(RENDER_FORM_CONTROL_CLASS_ATTRIBUTE_NAME)]
    public string RenderFormControlClass { set; get; }

    [HtmlAttributeName(TEMPLATE_ATTRIBUTE_NAME)]
    public string Template { set; get; }

    [HtmlAttributeName(POSTFIX_ATTRIBUTE_NAME)]
    public string Postfix { set; get; }

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; }
}
