using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.MerchantOps.Planner.Factories;
using Nop.Plugin.Misc.MerchantOps.Planner.Services;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;
using static Nop.Plugin.Misc.MerchantOps.MerchantOpsDefaults;
using Keys = Nop.Plugin.Misc.MerchantOps.Planner.Domain.PlannerResourceKeys;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Controllers;

/// <summary>
/// Merchant Ops → Planner → My calendar link (/Admin/PlannerFeed/Index): create, replace or stop the current user's
/// secret calendar feed. The link is shown once, in the answer to the POST that made it (rendered directly, never
/// redirected through TempData, and marked no-store so the browser keeps no copy); the database holds only its hash.
/// </summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class PlannerFeedController : BasePluginController
{
    private readonly IPlannerFeedService _feedService;
    private readonly ILocalizationService _localizationService;
    private readonly PlannerFeedModelFactory _modelFactory;
    private readonly INotificationService _notificationService;

    public PlannerFeedController(IPlannerFeedService feedService, ILocalizationService localizationService,
        PlannerFeedModelFactory modelFactory, INotificationService notificationService)
    {
        _feedService = feedService;
        _localizationService = localizationService;
        _modelFactory = modelFactory;
        _notificationService = notificationService;
    }

    [HttpGet]
    [CheckPermission(Permissions.Planner)]
    public async Task<IActionResult> Index() => View(PlannerRoutes.ViewsPath + "Feed.cshtml", await _modelFactory.PrepareFeedModelAsync());

    /// <summary>A first link. When one exists already (a second click, a resent form) nothing changes: replacing is its own button.</summary>
    [HttpPost]
    [CheckPermission(Permissions.Planner)]
    public async Task<IActionResult> Create()
    {
        if (await _feedService.HasFeedAsync())
        {
            _notificationService.WarningNotification(await _localizationService.GetResourceAsync(Keys.Feed.AlreadyExists));
            return RedirectToAction(nameof(Index));
        }

        return await ShowNewLinkAsync();
    }

    /// <summary>A new link; the old one stops working at once.</summary>
    [HttpPost]
    [CheckPermission(Permissions.Planner)]
    public Task<IActionResult> Rotate() => ShowNewLinkAsync();

    [HttpPost]
    [CheckPermission(Permissions.Planner)]
    public async Task<IActionResult> Revoke()
    {
        var result = await _feedService.RevokeAsync();
        _notificationService.SuccessNotification(await _localizationService.GetResourceAsync(result.ResourceKey));
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> ShowNewLinkAsync()
    {
        var created = await _feedService.CreateOrRotateAsync();
        Response.Headers.CacheControl = "no-store";
        return View(PlannerRoutes.ViewsPath + "Feed.cshtml", await _modelFactory.PrepareCreatedModelAsync(created));
    }
}
