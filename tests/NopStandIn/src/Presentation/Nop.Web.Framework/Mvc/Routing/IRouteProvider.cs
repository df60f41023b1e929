using Microsoft.AspNetCore.Routing;

namespace Nop.Web.Framework.Mvc.Routing;

// Real source: src/Presentation/Nop.Web.Framework/Mvc/Routing/IRouteProvider.cs
public partial interface IRouteProvider
{
    void RegisterRoutes(IEndpointRouteBuilder endpointRouteBuilder);

    /// <summary>Higher priorities register first.</summary>
    int Priority { get; }
}
