using Microsoft.AspNetCore.Html;

namespace Nop.Web.Framework.UI;

// Real source: src/Presentation/Nop.Web.Framework/UI/INopHtmlHelper.cs (subset: what pages and layouts use)
/// <summary>
/// Per-request page parts (title, scripts, CSS, page classes, active admin menu item) that views add and
/// layouts render. "Add" puts a part after the ones already there, "Append" before them.
/// </summary>
public partial interface INopHtmlHelper
{
    void AddTitleParts(string part);
    void AppendTitleParts(string part);
    Task<IHtmlContent> GenerateTitleAsync(bool addDefaultTitle = true, string part = "");

    void AddScriptParts(ResourceLocation location, string src, string debugSrc = "", bool excludeFromBundle = false);
    void AppendScriptParts(ResourceLocation location, string src, string debugSrc = "", bool excludeFromBundle = false);
    IHtmlContent GenerateScripts(ResourceLocation location);

    void AddInlineScriptParts(ResourceLocation location, string script);
    void AppendInlineScriptParts(ResourceLocation location, string script);
    IHtmlContent GenerateInlineScripts(ResourceLocation location);

    void AddCssFileParts(string src, string debugSrc = "", bool excludeFromBundle = false);
    void AppendCssFileParts(string src, string debugSrc = "", bool excludeFromBundle = false);
    IHtmlContent GenerateCssFiles();

    void AddHeadCustomParts(string part);
    void AppendHeadCustomParts(string part);
    IHtmlContent GenerateHeadCustom();

    void AddPageCssClassParts(string part);
    void AppendPageCssClassParts(string part);
    string GeneratePageCssClasses(string part = "");

    void AddEditPageUrl(string url);
    string GetEditPageUrl();

    /// <summary>System name of the admin menu item to highlight (e.g. the plugin's menu node).</summary>
    void SetActiveMenuItemSystemName(string systemName);
    string GetActiveMenuItemSystemName();

    string GetRouteName(bool handleDefaultRoutes = false);
}
