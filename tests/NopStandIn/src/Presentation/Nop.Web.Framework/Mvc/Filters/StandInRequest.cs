using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Nop.Web.Framework.Mvc.Filters;

/// <summary>
/// Stand-in only (internal): what nopCommerce's IWebHelper.GetRawUrl / IsAjaxRequest and
/// HttpRequestExtensions.IsPostRequest tell about a request, without widening the stand-in's IWebHelper.
/// </summary>
internal static class StandInRequest
{
    public static string RawUrl(HttpRequest request)
    {
        var raw = request.HttpContext.Features.Get<IHttpRequestFeature>()?.RawTarget;
        return string.IsNullOrEmpty(raw) ? $"{request.PathBase}{request.Path}{request.QueryString}" : raw;
    }

    public static bool IsAjax(HttpRequest request) =>
        request?.Headers != null && request.Headers.XRequestedWith == "XMLHttpRequest";

    public static bool IsPost(HttpRequest request) => HttpMethods.IsPost(request.Method);
}
