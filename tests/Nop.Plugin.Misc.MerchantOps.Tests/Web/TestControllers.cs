using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Nop.Services.Configuration;
using Nop.Services.Events;
using Nop.Services.Messages;
using Nop.Web.Areas.Admin.Controllers;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Events;
using Nop.Web.Framework.Menu;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Web;

/// <summary>Permission names the test-only controllers and menu items use.</summary>
public static class TestPermissionNames
{
    public const string Probe = "Tests.Probe";
    public const string MenuNode = "Tests.MenuNode";
    public const string MenuNodeSecond = "Tests.MenuNodeSecond";
}

/// <summary>A page of the admin area rendered with _AdminLayout (view in Web/TestViews).</summary>
public class LayoutProbeController : BaseAdminController
{
    private readonly INotificationService _notificationService;

    public LayoutProbeController(INotificationService notificationService)
    {
        _notificationService = notificationService;
    }

    [HttpGet]
    [CheckPermission(TestPermissionNames.Probe)]
    public IActionResult Index() => View("~/TestViews/LayoutProbe.cshtml");

    [HttpPost]
    [CheckPermission(TestPermissionNames.Probe)]
    public IActionResult Save(string text)
    {
        _notificationService.SuccessNotification($"Saved: {text}");
        return RedirectToAction(nameof(Index));
    }
}

/// <summary>For the GET-sweep proof: one GET that writes a setting (a violation), one that does not.</summary>
public class SweepProbeController : BaseAdminController
{
    private readonly ISettingService _settingService;

    public SweepProbeController(ISettingService settingService)
    {
        _settingService = settingService;
    }

    [HttpGet]
    [CheckPermission(TestPermissionNames.Probe)]
    public async Task<IActionResult> Remember(int id)
    {
        await _settingService.SetSettingAsync("tests.lastseen", id);
        return Content("remembered");
    }

    [HttpGet]
    [CheckPermission(TestPermissionNames.Probe)]
    public IActionResult Look(int id) => Content($"looked at {id}");
}

/// <summary>For the GET-sweep proof over a database: one GET that updates a row (a violation), one that only reads.</summary>
public class DatabaseSweepProbeController : BaseAdminController
{
    private readonly Nop.Data.IRepository<Nop.Core.Domain.Localization.Language> _languages;

    public DatabaseSweepProbeController(Nop.Data.IRepository<Nop.Core.Domain.Localization.Language> languages)
    {
        _languages = languages;
    }

    [HttpGet]
    [CheckPermission(TestPermissionNames.Probe)]
    public async Task<IActionResult> Touch(int id)
    {
        var language = await _languages.GetByIdAsync(id);
        language.DisplayOrder++;
        await _languages.UpdateAsync(language);
        return Content("touched");
    }

    [HttpGet]
    [CheckPermission(TestPermissionNames.Probe)]
    public async Task<IActionResult> Count(int id) => Content($"{(await _languages.GetAllAsync(query => query)).Count} languages");
}

/// <summary>Adds a "Tests" node (needs <see cref="TestPermissionNames.MenuNode"/>) after "Sales", with two leaves.</summary>
public class TestMenuConsumer : IConsumer<AdminMenuCreatedEvent>
{
    public Task HandleEventAsync(AdminMenuCreatedEvent eventMessage)
    {
        eventMessage.RootMenuItem.InsertAfter("Sales", new AdminMenuItem
        {
            SystemName = "Tests",
            Title = "Tests",
            IconClass = "fas fa-vial",
            ChildNodes =
            {
                new AdminMenuItem
                {
                    SystemName = "Tests.Probe",
                    Title = "Layout probe",
                    Url = eventMessage.GetMenuItemUrl("LayoutProbe", "Index"),
                    PermissionNames = [TestPermissionNames.MenuNode]
                },
                new AdminMenuItem
                {
                    SystemName = "Tests.Both",
                    Title = "Needs both",
                    Url = eventMessage.GetMenuItemUrl("LayoutProbe", "Index"),
                    PermissionNames = [TestPermissionNames.MenuNode, TestPermissionNames.MenuNodeSecond]
                },
                new AdminMenuItem
                {
                    SystemName = "Tests.NoUrl",
                    Title = "Leaf without URL",
                    Url = null,
                    PermissionNames = [TestPermissionNames.MenuNode]
                }
            }
        });
        return Task.CompletedTask;
    }
}

//deliberately bad controllers: internal, so MVC does not serve them; the guards are run on them directly

[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
internal class BadNoPermissionController : BasePluginController
{
    [HttpGet]
    public IActionResult List() => Content("no permission check");
}

internal class BadAnonymousController : BaseAdminController
{
    [HttpGet]
    [AllowAnonymous]
    public IActionResult Feed() => Content("anonymous");
}

[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
internal class BadNoAntiforgeryController : BasePluginController
{
    [HttpPost]
    [CheckPermission(TestPermissionNames.Probe)]
    public IActionResult Save() => Content("saved");
}

internal class BadIgnoredAntiforgeryController : BaseAdminController
{
    [HttpPost]
    [IgnoreAntiforgeryToken]
    [CheckPermission(TestPermissionNames.Probe)]
    public IActionResult Save() => Content("saved");
}

internal class BadVerbsController : BaseAdminController
{
    [CheckPermission(TestPermissionNames.Probe)]
    public IActionResult NoVerb() => Content("any verb");

    [HttpGet]
    [HttpPost]
    [CheckPermission(TestPermissionNames.Probe)]
    public IActionResult Both() => Content("get and post");
}

internal class GoodController : BaseAdminController
{
    [HttpGet]
    [CheckPermission(TestPermissionNames.Probe)]
    public IActionResult List() => Content("list");

    [HttpPost]
    [CheckPermission(TestPermissionNames.Probe)]
    public IActionResult Save() => Content("saved");
}

[AllowAnonymous]
internal class GoodFeedController : BasePluginController
{
    [HttpGet]
    [AllowAnonymous]
    public IActionResult Calendar(string token) => Content("BEGIN:VCALENDAR");
}
