using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Nop.Web.Framework.Mvc.Routing;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Controllers;

/// <summary>
/// The planner's public route, the plugin's only one outside the admin area: GET /merchantops/planner/{token}.ics.
/// nopCommerce's route publisher finds every IRouteProvider of the loaded assemblies and registers them, highest
/// priority first, before its own generic routes; this path has three segments and a literal prefix, so no store
/// route (the one-segment SEO slugs included) claims it. The ".ics" ending also tells nopCommerce's 404 handler that
/// this is a file, so it never swaps a 404 for its "page not found" page.
/// </summary>
public class PlannerRouteProvider : IRouteProvider
{
    public void RegisterRoutes(IEndpointRouteBuilder endpointRouteBuilder)
    {
        endpointRouteBuilder.MapControllerRoute(name: PlannerRoutes.CalendarRouteName,
            pattern: PlannerRoutes.CalendarPattern,
            defaults: new { controller = PlannerRoutes.CalendarController, action = PlannerRoutes.CalendarAction });
    }

    public int Priority => 0;
}
