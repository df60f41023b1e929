using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Nop.Core;

namespace Nop.Web.Framework.UI;

// Real source: src/Presentation/Nop.Web.Framework/UI/NopHtmlHelper.cs
// Stand-in: no bundling, minification or cache busting; scripts and CSS are written as given
// ("~/" resolved against the request's path base). Title separator " - ", store title after page title.
public partial class NopHtmlHelper : INopHtmlHelper
{
    private readonly HtmlEncoder _htmlEncoder;
    private readonly IHttpContextAccessor _httpContextAccessor;
    private readonly IStoreContext _storeContext;

    private readonly List<string> _titleParts = new();
    private readonly Dictionary<ResourceLocation, List<string>> _scriptParts = new();
    private readonly Dictionary<ResourceLocation, List<string>> _inlineScriptParts = new();
    private readonly List<string> _cssParts = new();
    private readonly List<string> _headCustomParts = new();
    private readonly List<string> _pageCssClassParts = new();
    private string _editPageUrl;
    private string _activeAdminMenuSystemName;

    public NopHtmlHelper(HtmlEncoder htmlEncoder, IHttpContextAccessor httpContextAccessor, IStoreContext storeContext)
    {
        _htmlEncoder = htmlEncoder;
        _httpContextAccessor = httpContextAccessor;
        _storeContext = storeContext;
    }

    private static void Put(List<string> parts, string part, bool atEnd, bool unique = false)
    {
        if (string.IsNullOrEmpty(part) || (unique && parts.Contains(part)))
            return;

        if (atEnd)
            parts.Add(part);
        else
            parts.Insert(0, part);
    }

    private static List<string> For(Dictionary<ResourceLocation, List<string>> parts, ResourceLocation location)
    {
        if (!parts.TryGetValue(location, out var list))
            parts[location] = list = new List<string>();
        return list;
    }

    private string Resolve(string src)
    {
        if (src?.StartsWith("~/", StringComparison.Ordinal) != true)
            return src;
        return (_httpContextAccessor.HttpContext?.Request.PathBase.Value ?? string.Empty) + src[1..];
    }

    public virtual void AddTitleParts(string part) => Put(_titleParts, part, atEnd: true);

    public virtual void AppendTitleParts(string part) => Put(_titleParts, part, atEnd: false);

    public virtual async Task<IHtmlContent> GenerateTitleAsync(bool addDefaultTitle = true, string part = "")
    {
        AppendTitleParts(part);
        var store = await _storeContext.GetCurrentStoreAsync();
        var storeTitle = store?.DefaultTitle ?? store?.Name;
        var pageTitle = string.Join(" - ", _titleParts.AsEnumerable().Reverse());

        var title = string.IsNullOrEmpty(pageTitle) ? storeTitle
            : addDefaultTitle && !string.IsNullOrEmpty(storeTitle) ? $"{pageTitle} - {storeTitle}"
            : pageTitle;
        return new HtmlString(_htmlEncoder.Encode(title ?? string.Empty));
    }

    public virtual void AddScriptParts(ResourceLocation location, string src, string debugSrc = "", bool excludeFromBundle = false) =>
        Put(For(_scriptParts, location), Resolve(src), atEnd: true);

    public virtual void AppendScriptParts(ResourceLocation location, string src, string debugSrc = "", bool excludeFromBundle = false) =>
        Put(For(_scriptParts, location), Resolve(src), atEnd: false);

    public virtual IHtmlContent GenerateScripts(ResourceLocation location)
    {
        if (!_scriptParts.TryGetValue(location, out var sources) || sources.Count == 0)
            return HtmlString.Empty;

        var html = new StringBuilder();
        foreach (var src in sources.Distinct())
            html.Append("<script type=\"text/javascript\" src=\"").Append(_htmlEncoder.Encode(src)).Append("\"></script>").AppendLine();
        return new HtmlString(html.ToString());
    }

    public virtual void AddInlineScriptParts(ResourceLocation location, string script) =>
        Put(For(_inlineScriptParts, location), script, atEnd: true, unique: true);

    public virtual void AppendInlineScriptParts(ResourceLocation location, string script) =>
        Put(For(_inlineScriptParts, location), script, atEnd: false, unique: true);

    public virtual IHtmlContent GenerateInlineScripts(ResourceLocation location)
    {
        if (!_inlineScriptParts.TryGetValue(location, out var scripts) || scripts.Count == 0)
            return HtmlString.Empty;
        return new HtmlString(string.Join(Environment.NewLine, scripts) + Environment.NewLine);
    }

    public virtual void AddCssFileParts(string src, string debugSrc = "", bool excludeFromBundle = false) =>
        Put(_cssParts, Resolve(src), atEnd: true);

    public virtual void AppendCssFileParts(string src, string debugSrc = "", bool excludeFromBundle = false) =>
        Put(_cssParts, Resolve(src), atEnd: false);

    public virtual IHtmlContent GenerateCssFiles()
    {
        if (_cssParts.Count == 0)
            return HtmlString.Empty;

        var html = new StringBuilder();
        foreach (var src in _cssParts.Distinct())
            html.Append("<link href=\"").Append(_htmlEncoder.Encode(src)).Append("\" rel=\"stylesheet\" type=\"text/css\" />").AppendLine();
        return new HtmlString(html.ToString());
    }

    public virtual void AddHeadCustomParts(string part) => Put(_headCustomParts, part, atEnd: true);

    public virtual void AppendHeadCustomParts(string part) => Put(_headCustomParts, part, atEnd: false);

    public virtual IHtmlContent GenerateHeadCustom() =>
        _headCustomParts.Count == 0 ? HtmlString.Empty : new HtmlString(string.Join(Environment.NewLine, _headCustomParts.Distinct()) + Environment.NewLine);

    public virtual void AddPageCssClassParts(string part) => Put(_pageCssClassParts, part, atEnd: true);

    public virtual void AppendPageCssClassParts(string part) => Put(_pageCssClassParts, part, atEnd: false);

    public virtual string GeneratePageCssClasses(string part = "")
    {
        AppendPageCssClassParts(part);
        var classes = string.Join(" ", _pageCssClassParts.AsEnumerable().Reverse());
        return string.IsNullOrEmpty(classes) ? string.Empty : _htmlEncoder.Encode(classes);
    }

    public virtual void AddEditPageUrl(string url) => _editPageUrl = url;

    public virtual string GetEditPageUrl() => _editPageUrl;

    public virtual void SetActiveMenuItemSystemName(string systemName) => _activeAdminMenuSystemName = systemName;

    public virtual string GetActiveMenuItemSystemName() => _activeAdminMenuSystemName;

    /// <summary>The matched endpoint's route name (not the generic "areaRoute"); with handleDefaultRoutes, controller + action names.</summary>
    public virtual string GetRouteName(bool handleDefaultRoutes = false)
    {
        var httpContext = _httpContextAccessor.HttpContext;
        var endpoint = httpContext?.GetEndpoint();
        var routeName = endpoint?.Metadata.GetMetadata<RouteNameMetadata>()?.RouteName ?? string.Empty;
        if (!string.IsNullOrEmpty(routeName) && routeName != "areaRoute")
            return routeName;

        if (handleDefaultRoutes && endpoint?.Metadata.GetMetadata<ControllerActionDescriptor>() is { } action)
            return string.Concat(action.ControllerName, action.ActionName);

        return routeName;
    }
}
