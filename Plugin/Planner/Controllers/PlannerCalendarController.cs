using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.MerchantOps.Planner.Services;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Controllers;

/// <summary>
/// The calendar feed itself, GET /merchantops/planner/{token}.ics: the plugin's only anonymous endpoint. Calendar
/// clients (Google, Outlook, Apple) fetch it without cookies or a login; the token in the URL is the only key.
/// <para>
/// It derives from ASP.NET Core's <see cref="Controller"/>, as nopCommerce's own webhook controllers do, and not from
/// nopCommerce's BaseController: that one's filters (last activity, IP address, last visited page, password and
/// multi-factor checks) ask for the current customer on every GET, which makes nopCommerce insert a guest customer and
/// set its customer cookie for each poll of a calendar client. The store's closed-store, public-store and language
/// filters belong to BasePublicController, so they do not apply either: a closed or private store still serves
/// the feed to the holder of a valid token. No view, no session, no TempData, no antiforgery (a GET that changes
/// nothing).
/// </para>
/// <para>
/// Every token goes the same way (the service's one key lookup and one constant-time hash comparison), and every
/// refusal is the same empty 404, whatever was wrong: missing, malformed, unknown key, wrong secret, a replaced or
/// stopped link, an owner who is inactive or lost the Planner permission.
/// </para>
/// <para>
/// Caching: <c>Cache-Control: private, no-store</c>. The answer is personal and its URL is a secret, so no shared
/// cache may keep it, and no browser or proxy should store it either: a stopped or replaced link must stop serving
/// the calendar at once. Calendar clients do not need HTTP caching (they poll on their own schedule, hours apart),
/// and one answer costs a few indexed reads and the serialization of one person's blocks.
/// </para>
/// </summary>
public class PlannerCalendarController : Controller
{
    public const string CacheControl = "private, no-store";
    public const string ContentType = "text/calendar; charset=utf-8";

    private readonly IPlannerFeedService _feedService;

    public PlannerCalendarController(IPlannerFeedService feedService)
    {
        _feedService = feedService;
    }

    [HttpGet]
    [AllowAnonymous]
    public async Task<IActionResult> Feed(string token)
    {
        // nopCommerce's 404 handler would otherwise show its "page not found" page (a store page, with a guest
        // customer and cookies) in place of the empty 404; the ".ics" ending already keeps it off, this makes sure.
        if (HttpContext.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages)
            statusCodePages.Enabled = false;
        Response.Headers.CacheControl = CacheControl;
        Response.Headers.XContentTypeOptions = "nosniff";

        var calendar = await _feedService.BuildAsync(token);
        if (calendar == null)
            return NotFound();

        return Content(calendar, ContentType);
    }
}
