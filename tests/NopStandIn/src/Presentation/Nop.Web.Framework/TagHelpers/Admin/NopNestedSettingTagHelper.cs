using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Nop.Web.Framework.TagHelpers.Admin;

// Real source: src/Presentation/Nop.Web.Framework/TagHelpers/Admin/NopNestedSettingTagHelper.cs
/// <summary>
/// <c>&lt;nop-nested-setting asp-for="ParentBool"&gt;</c> → <c>div.nested-setting</c> (id "nestedSetting&lt;n&gt;" unless given) preceded
/// by a script that shows it only while the parent checkbox is checked (inverted by is-condition-invert; the toggle
/// script is left out with disable-auto-generation).
/// </summary>
[HtmlTargetElement("nop-nested-setting", Attributes = FOR_ATTRIBUTE_NAME)]
public partial class NopNestedSettingTagHelper : TagHelper
{
    protected const string FOR_ATTRIBUTE_NAME = "asp-for";
    protected const string IS_CONDITION_INVERT = "is-condition-invert";
    protected const string DISABLE_AUTOGENERATION = "disable-auto-generation";

    public NopNestedSettingTagHelper(IHtmlGenerator generator)
    {
        Generator = generator;
    }

    public override Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);

        var parentName = For.Name;
        var parentId = parentName.Replace('.', '_');
        var number = Random.Shared.Next();
        var nestedId = context.AllAttributes.TryGetAttribute("id", out var id) ? id.Value.ToString() : $"nestedSetting{number}";

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.Add("class", "nested-setting");
        if (!output.Attributes.ContainsName("id"))
            output.Attributes.Add("id", nestedId);

        var script = new TagBuilder("script");
        script.InnerHtml.AppendHtml($"$(function() {{initNestedSetting('{parentName}', 'parentSetting{number}', '{nestedId}');");
        if (!DisableAutoGeneration)
            script.InnerHtml.AppendHtml($"$('#{parentId}').click(toggle_{parentId});toggle_{parentId}();");
        script.InnerHtml.AppendHtml("});");
        if (!DisableAutoGeneration)
            script.InnerHtml.AppendHtml(
                $"function toggle_{parentId}() {{if ({(IsConditionInvert ? "!" : "")}$('#{parentId}').is(':checked')) {{$('#{nestedId}').showElement();}} else {{$('#{nestedId}').hideElement();}}}}");

        output.PreContent.SetHtmlContent(StandInTagHelperText.Render(script));
        return Task.CompletedTask;
    }

    protected IHtmlGenerator Generator { get; set; }

    [HtmlAttributeName(FOR_ATTRIBUTE_NAME)]
    public ModelExpression For { get; set; }

    [HtmlAttributeName(IS_CONDITION_INVERT)]
    public bool IsConditionInvert { get; set; }

    [HtmlAttributeName(DISABLE_AUTOGENERATION)]
    public bool DisableAutoGeneration { get; set; }

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; }
}
