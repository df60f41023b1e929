using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Nop.Core;
using Nop.Core.Http;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Models;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services;
using Nop.Services.Localization;
using Nop.Web.Framework.Mvc.Routing;
using Keys = Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services.FollowUpLinkResourceKeys;

namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Controllers;

/// <summary>
/// The links of a follow-up email, answered without logging in (routes in <see cref="FollowUpRouteProvider"/>):
/// <list type="bullet">
/// <item>GET merchantops/followup/{clickToken}/{target}: records the first arrival, then redirects (302) to the
/// store's own page for the target, built from nopCommerce's routes (the cart, the product page's review form, the
/// order's details); an unknown token or a target that is not the follow-up's own leads to the home page. The
/// redirect never carries anything of the request.</item>
/// <item>GET merchantops/unsubscribe/{customerId}/{clickToken}/{signature}: a page saying what will happen, with a
/// button; only its POST (antiforgery checked) writes the opt-out, so a mail scanner fetching the link unsubscribes
/// nobody.</item>
/// </list>
/// A plain ASP.NET Core controller, like the planner's calendar feed: nopCommerce's base controllers' filters (closed
/// store, last activity…) are not wanted on a link from an email; the store's pages it leads to apply them.
/// </summary>
[AutoValidateAntiforgeryToken]
public class MerchantOpsFollowUpController : Controller
{
    private const string CacheControl = "private, no-store";

    private readonly ILocalizationService _localizationService;
    private readonly INopUrlHelper _nopUrlHelper;
    private readonly IStoreContext _storeContext;
    private readonly FollowUpVisits _visits;
    private readonly IWorkContext _workContext;

    public MerchantOpsFollowUpController(ILocalizationService localizationService, INopUrlHelper nopUrlHelper,
        IStoreContext storeContext, FollowUpVisits visits, IWorkContext workContext)
    {
        _localizationService = localizationService;
        _nopUrlHelper = nopUrlHelper;
        _storeContext = storeContext;
        _visits = visits;
        _workContext = workContext;
    }

    [HttpGet]
    [AllowAnonymous]
    public async Task<IActionResult> Click(string clickToken, string target)
    {
        var destination = await _visits.ArriveAsync(clickToken, target);
        Response.Headers.CacheControl = CacheControl;
        return LocalRedirect(await UrlOfAsync(destination));
    }

    [HttpGet]
    [AllowAnonymous]
    public async Task<IActionResult> Unsubscribe(string customerId, string clickToken, string signature)
    {
        var state = await _visits.CheckUnsubscribeAsync(customerId, signature);
        return await PageAsync(state);
    }

    [HttpPost]
    [AllowAnonymous]
    [ActionName(FollowUpPublicRoutes.UnsubscribeAction)]
    public async Task<IActionResult> UnsubscribeConfirm(string customerId, string clickToken, string signature)
    {
        var state = await _visits.UnsubscribeAsync(customerId, clickToken, signature);
        return await PageAsync(state);
    }

    private async Task<string> UrlOfAsync(FollowUpDestination destination)
    {
        var url = destination.Kind switch
        {
            FollowUpLinkTargetKind.Cart => _nopUrlHelper.RouteUrl(NopRouteNames.General.CART),
            FollowUpLinkTargetKind.Order => _nopUrlHelper.RouteUrl(NopRouteNames.Standard.ORDER_DETAILS, new { orderId = destination.OrderId }),
            FollowUpLinkTargetKind.Review => await _nopUrlHelper.RouteGenericUrlAsync(destination.Product, fragment: FollowUpPublicRoutes.ReviewFormFragment),
            _ => null
        };
        if (string.IsNullOrEmpty(url) || !Url.IsLocalUrl(url))
            url = _nopUrlHelper.RouteUrl(NopRouteNames.General.HOMEPAGE);
        return string.IsNullOrEmpty(url) || !Url.IsLocalUrl(url) ? Url.Content("~/") : url;
    }

    private async Task<IActionResult> PageAsync(FollowUpUnsubscribeState state)
    {
        var language = await _workContext.GetWorkingLanguageAsync();
        var store = await _storeContext.GetCurrentStoreAsync();
        var storeName = store?.Name ?? string.Empty;
        var languageId = language?.Id ?? 0;

        async Task<string> TextAsync(string key, params object[] args)
        {
            var text = await _localizationService.GetResourceAsync(key, languageId);
            return args.Length == 0 ? text : string.Format(text, args);
        }

        var (message, tone) = state switch
        {
            FollowUpUnsubscribeState.Subscribed => (await TextAsync(Keys.Explain, storeName), "info"),
            FollowUpUnsubscribeState.AlreadyUnsubscribed => (await TextAsync(Keys.Already, storeName), "ok"),
            FollowUpUnsubscribeState.Unsubscribed => (await TextAsync(Keys.Done, storeName), "ok"),
            _ => (await TextAsync(Keys.Invalid), "error")
        };

        // The URL holds the customer's signature: kept out of caches, search engines and other sites' referrers.
        Response.Headers.CacheControl = CacheControl;
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        Response.Headers["Referrer-Policy"] = "no-referrer";
        if (state == FollowUpUnsubscribeState.Invalid)
            Response.StatusCode = StatusCodes.Status400BadRequest;

        return View(FollowUpRoutes.ViewsPath + "Unsubscribe.cshtml", new FollowUpUnsubscribeModel
        {
            LanguageCode = string.IsNullOrEmpty(language?.UniqueSeoCode) ? "en" : language.UniqueSeoCode,
            RightToLeft = language?.Rtl ?? false,
            StoreName = storeName,
            Title = await TextAsync(Keys.Title),
            Message = message,
            ShowButton = state == FollowUpUnsubscribeState.Subscribed,
            ButtonText = await TextAsync(Keys.Button),
            Tone = tone
        });
    }
}
