using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Seo;
using Nop.Services.Seo;

namespace Nop.Web.Framework.Mvc.Routing;

// Real source: src/Presentation/Nop.Web.Framework/Mvc/Routing/NopUrlHelper.cs (subset: RouteUrl over the host's LinkGenerator; RouteGenericUrlAsync of a product)
public partial class NopUrlHelper : INopUrlHelper
{
    private readonly IHttpContextAccessor _httpContextAccessor;
    private readonly LinkGenerator _linkGenerator;

    public NopUrlHelper(IHttpContextAccessor httpContextAccessor, LinkGenerator linkGenerator)
    {
        _httpContextAccessor = httpContextAccessor;
        _linkGenerator = linkGenerator;
    }

    /// <summary>
    /// The page of an entity by its slug (the request's IUrlRecordService).
    /// Stand-in: products only, with the "product" URL structure (no category or manufacturer in the path).
    /// </summary>
    public virtual async Task<string> RouteGenericUrlAsync<TEntity>(TEntity entity,
        string protocol = null, string host = null, string fragment = null, int? languageId = null, bool ensureTwoPublishedLanguages = true)
        where TEntity : BaseEntity, ISlugSupported
    {
        if (entity is null)
            return string.Empty;
        if (entity is not Product)
            throw new NotSupportedException("Stand-in: RouteGenericUrlAsync knows products only.");

        var urlRecords = _httpContextAccessor.HttpContext!.RequestServices.GetRequiredService<IUrlRecordService>();
        var seName = await urlRecords.GetSeNameAsync(entity, languageId, true, ensureTwoPublishedLanguages);
        return RouteUrl(NopRoutingDefaults.RouteName.Generic.Product, new { SeName = seName }, protocol, host, fragment);
    }

    /// <summary>URL of a named route; absolute when a protocol or host is given; null when the route does not exist.</summary>
    public virtual string RouteUrl(string routeName, object values = null, string protocol = null, string host = null, string fragment = null)
    {
        var httpContext = _httpContextAccessor.HttpContext;
        var routeValues = new RouteValueDictionary(values);
        var fragmentString = string.IsNullOrEmpty(fragment) ? default : new FragmentString("#" + fragment);

        if (string.IsNullOrEmpty(protocol) && string.IsNullOrEmpty(host))
            return httpContext == null
                ? _linkGenerator.GetPathByRouteValues(routeName, routeValues, fragment: fragmentString)
                : _linkGenerator.GetPathByRouteValues(httpContext, routeName, routeValues, fragment: fragmentString);

        var request = httpContext?.Request;
        return _linkGenerator.GetUriByRouteValues(routeName, routeValues,
            protocol ?? request?.Scheme ?? "http",
            new HostString(host ?? request?.Host.Value ?? "localhost"),
            request?.PathBase ?? PathString.Empty, fragmentString);
    }
}
