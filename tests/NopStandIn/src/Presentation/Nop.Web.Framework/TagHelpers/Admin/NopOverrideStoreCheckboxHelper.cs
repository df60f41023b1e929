using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Nop.Web.Framework.TagHelpers.Admin;

// Real source: src/Presentation/Nop.Web.Framework/TagHelpers/Admin/NopOverrideStoreCheckboxHelper.cs
/// <summary>
/// <c>&lt;nop-override-store-checkbox asp-for="X_OverrideForStore" asp-input="X" asp-store-scope="@Model.ActiveStoreScopeConfiguration" /&gt;</c>:
/// nothing when the scope is "all stores" (0); otherwise <c>Html.CheckBox(asp-for)</c> with class
/// "multi-store-override-option" and data-for-input-selector "#X[, #Y]" (or the inputs of asp-parent-container).
/// </summary>
[HtmlTargetElement("nop-override-store-checkbox", Attributes = FOR_ATTRIBUTE_NAME, TagStructure = TagStructure.WithoutEndTag)]
public partial class NopOverrideStoreCheckboxHelper : TagHelper
{
    protected const string FOR_ATTRIBUTE_NAME = "asp-for";
    protected const string INPUT_ATTRIBUTE_NAME = "asp-input";
    protected const string INPUT_2_ATTRIBUTE_NAME = "asp-input2";
    protected const string STORE_SCOPE_ATTRIBUTE_NAME = "asp-store-scope";
    protected const string PARENT_CONTAINER_ATTRIBUTE_NAME = "asp-parent-container";

    protected readonly IHtmlHelper _htmlHelper;

    public NopOverrideStoreCheckboxHelper(IHtmlHelper htmlHelper)
    {
        _htmlHelper = htmlHelper;
    }

    public override Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);

        output.SuppressOutput();
        if (StoreScope <= 0)
            return Task.CompletedTask;

        (_htmlHelper as IViewContextAware)?.Contextualize(ViewContext);

        var inputIds = new[] { Input, Input2 }.Where(input => input != null).Select(input => _htmlHelper.Id(input.Name)).ToList();
        var selector = string.Empty;
        if (!string.IsNullOrEmpty(ParentContainer))
            selector = $"#{ParentContainer} input, #{ParentContainer} textarea, #{ParentContainer} select";
        if (inputIds.Any())
            selector = "#" + string.Join(", #", inputIds);

        var checkbox = _htmlHelper.CheckBox(For.Name, null, new
        {
            @class = "multi-store-override-option",
            onclick = $"checkOverriddenStoreValue(this, '{selector}')",
            data_for_input_selector = selector
        });
        output.Content.SetHtmlContent(StandInTagHelperText.Render(checkbox));
        return Task.CompletedTask;
    }

    [HtmlAttributeName(FOR_ATTRIBUTE_NAME)]
    public ModelExpression For { get; set; }

    [HtmlAttributeName(INPUT_ATTRIBUTE_NAME)]
    public ModelExpression Input { set; get; }

    [HtmlAttributeName(INPUT_2_ATTRIBUTE_NAME)]
    public ModelExpression Input2 { set; get; }

    [HtmlAttributeName(STORE_SCOPE_ATTRIBUTE_NAME)]
    public int StoreScope { set; get; }

    [HtmlAttributeName(PARENT_CONTAINER_ATTRIBUTE_NAME)]
    public string ParentContainer { set; get; }

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; }
}
