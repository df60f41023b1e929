using Nop.Core;
using Nop.Core.Domain.Seo;

namespace Nop.Web.Framework.Mvc.Routing;

// Real source: src/Presentation/Nop.Web.Framework/Mvc/Routing/INopUrlHelper.cs (subset: RouteUrl, RouteGenericUrlAsync of an entity)
public partial interface INopUrlHelper
{
    Task<string> RouteGenericUrlAsync<TEntity>(TEntity entity,
        string protocol = null, string host = null, string fragment = null, int? languageId = null, bool ensureTwoPublishedLanguages = true)
        where TEntity : BaseEntity, ISlugSupported;

    string RouteUrl(string routeName, object values = null, string protocol = null, string host = null, string fragment = null);
}
