using System.Net;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Nop.Core;
using Nop.Services.Localization;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Web.Framework.TagHelpers.Admin;

// Real source: src/Presentation/Nop.Web.Framework/TagHelpers/Admin/NopLabelTagHelper.cs
/// <summary>
/// <c>&lt;nop-label asp-for="X" /&gt;</c> → <c>div.label-wrapper</c> holding <c>label.col-form-label</c> with the text of the
/// property's [NopResourceDisplayName] resource, then (asp-display-hint, default true) a help icon whose title is
/// the "&lt;key&gt;.Hint" resource when it exists.
/// </summary>
[HtmlTargetElement("nop-label", Attributes = FOR_ATTRIBUTE_NAME, TagStructure = TagStructure.WithoutEndTag)]
public partial class NopLabelTagHelper : TagHelper
{
    protected const string FOR_ATTRIBUTE_NAME = "asp-for";
    protected const string DISPLAY_HINT_ATTRIBUTE_NAME = "asp-display-hint";

    protected readonly ILocalizationService _localizationService;
    protected readonly IWorkContext _workContext;

    public NopLabelTagHelper(IHtmlGenerator generator, ILocalizationService localizationService, IWorkContext workContext)
    {
        Generator = generator;
        _localizationService = localizationService;
        _workContext = workContext;
    }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);

        var resourceKey = For.Metadata.ContainerType is { } container && !string.IsNullOrEmpty(For.Metadata.Name)
            ? container.GetProperty(For.Metadata.Name)?
                .GetCustomAttributes(typeof(NopResourceDisplayNameAttribute), true)
                .OfType<NopResourceDisplayNameAttribute>().FirstOrDefault()?.ResourceKey
            : null;
        var text = string.IsNullOrEmpty(resourceKey) ? null : await _localizationService.GetResourceAsync(resourceKey);

        var label = Generator.GenerateLabel(ViewContext, For.ModelExplorer, For.Name, text, new { @class = "col-form-label" });
        if (label == null)
            return;

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        var cssClass = output.Attributes.ContainsName("class") ? $"{output.Attributes["class"].Value} label-wrapper" : "label-wrapper";
        output.Attributes.SetAttribute("class", cssClass);
        output.Content.SetHtmlContent(label);

        if (!DisplayHint || string.IsNullOrEmpty(resourceKey))
            return;

        var language = await _workContext.GetWorkingLanguageAsync();
        var hint = await _localizationService.GetResourceAsync($"{resourceKey}.Hint", language.Id, logIfNotFound: false, returnEmptyIfNotFound: true);
        if (!string.IsNullOrEmpty(hint))
            output.Content.AppendHtml($"<div title='{WebUtility.HtmlEncode(hint)}' data-toggle='tooltip' class='ico-help'><i class='fas fa-circle-question'></i></div>");
    }

    protected IHtmlGenerator Generator { get; set; }

    [HtmlAttributeName(FOR_ATTRIBUTE_NAME)]
    public ModelExpression For { get; set; }

    [HtmlAttributeName(DISPLAY_HINT_ATTRIBUTE_NAME)]
    public bool DisplayHint { get; set; } = true;

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; }
}
