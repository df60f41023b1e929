namespace Nop.Web.Framework.Mvc.Routing;

// Real source: src/Presentation/Nop.Web.Framework/Mvc/Routing/INopUrlHelper.cs (subset: RouteUrl)
public partial interface INopUrlHelper
{
    string RouteUrl(string routeName, object values = null, string protocol = null, string host = null, string fragment = null);
}
