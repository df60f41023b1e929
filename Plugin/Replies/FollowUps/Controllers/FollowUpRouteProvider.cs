using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Nop.Web.Framework.Mvc.Routing;

namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Controllers;

/// <summary>
/// The follow-ups' two public routes (see <see cref="FollowUpPublicRoutes"/>). Literal prefixes and four or five
/// segments: no store route (the one-segment SEO slugs included) claims them. No constraint on the segments: a cut or
/// changed link still reaches the controller, which answers it (home page, or a clear message) instead of a 404.
/// </summary>
public class FollowUpRouteProvider : IRouteProvider
{
    public void RegisterRoutes(IEndpointRouteBuilder endpointRouteBuilder)
    {
        endpointRouteBuilder.MapControllerRoute(name: FollowUpPublicRoutes.ClickRouteName,
            pattern: FollowUpPublicRoutes.ClickPattern,
            defaults: new { controller = FollowUpRoutes.PublicController, action = FollowUpPublicRoutes.ClickAction });
        endpointRouteBuilder.MapControllerRoute(name: FollowUpPublicRoutes.UnsubscribeRouteName,
            pattern: FollowUpPublicRoutes.UnsubscribePattern,
            defaults: new { controller = FollowUpRoutes.PublicController, action = FollowUpPublicRoutes.UnsubscribeAction });
    }

    public int Priority => 0;
}
