using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Web;

/// <summary>
/// The plugin's controller rules (DESIGN.md: admin area, [CheckPermission] on every action, antiforgery on every
/// POST, no state change on GET), checked on every controller of the plugin assembly. Each guard is also shown to
/// catch a violation on a deliberately bad controller of this test assembly.
/// </summary>
[TestFixture]
public class ControllerGuardTests
{
    /// <summary>
    /// "Controller.Action" of the plugin's anonymous endpoints. Only one is planned: the planner's calendar feed,
    /// which checks its own token. Anything added here needs a reason.
    /// </summary>
    private static readonly string[] AnonymousWhitelist =
    [
        "PlannerCalendarController.Feed",
        //a follow-up email's links (tracked link, unsubscribe page and its button): the customer is not logged in
        "MerchantOpsFollowUpController.Click", "MerchantOpsFollowUpController.Unsubscribe", "MerchantOpsFollowUpController.UnsubscribeConfirm"
    ];

    private static IReadOnlyList<Type> PluginControllers => ControllerGuards.ControllersOf(PluginTestHost.PluginAssembly);

    [Test]
    public void Every_plugin_action_checks_a_permission_or_is_a_whitelisted_anonymous_endpoint()
    {
        var violations = ControllerGuards.PermissionViolations(PluginControllers, AnonymousWhitelist);
        Assert.That(violations, Is.Empty, string.Join("\n", violations));
    }

    [Test]
    public void Every_plugin_action_is_explicitly_get_or_post()
    {
        var violations = ControllerGuards.VerbViolations(PluginControllers);
        Assert.That(violations, Is.Empty, string.Join("\n", violations));
    }

    [Test]
    public void Every_plugin_post_validates_the_antiforgery_token()
    {
        var violations = ControllerGuards.AntiforgeryViolations(PluginControllers);
        Assert.That(violations, Is.Empty, string.Join("\n", violations));
    }

    [Test]
    public async Task The_guards_see_exactly_the_actions_the_host_serves_for_the_plugin()
    {
        await using var host = await PluginTestHost.StartAsync();
        var served = host.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<ControllerActionDescriptor>()
            .Where(action => action.ControllerTypeInfo.Assembly == PluginTestHost.PluginAssembly)
            .Select(action => $"{action.ControllerTypeInfo.Name}.{action.MethodInfo.Name}")
            .Distinct().OrderBy(name => name).ToList();
        var guarded = PluginControllers
            .SelectMany(controller => ControllerGuards.ActionsOf(controller).Select(action => $"{controller.Name}.{action.Name}"))
            .Distinct().OrderBy(name => name).ToList();

        //nopCommerce's BaseController has public helpers MVC also serves as actions; the guards leave them out
        served.RemoveAll(name => name.EndsWith(".SaveSelectedCardName") || name.EndsWith(".SaveSelectedTabNameAsync"));

        Assert.That(guarded, Is.EqualTo(served));
    }

    [Test]
    public void The_permission_guard_catches_a_missing_check_and_an_unlisted_anonymous_action()
    {
        var violations = ControllerGuards.PermissionViolations([typeof(BadNoPermissionController), typeof(BadAnonymousController)], []);

        Assert.That(violations, Has.Some.StartsWith("BadNoPermissionController.List: no [CheckPermission]"));
        Assert.That(violations, Has.Some.StartsWith("BadAnonymousController.Feed: [AllowAnonymous] but not in the test's whitelist"));
    }

    [Test]
    public void The_permission_guard_accepts_checked_actions_and_a_whitelisted_anonymous_feed()
    {
        Assert.That(ControllerGuards.PermissionViolations([typeof(GoodController), typeof(GoodFeedController)], ["GoodFeedController.Calendar"]), Is.Empty);
        Assert.That(ControllerGuards.PermissionViolations([typeof(GoodFeedController)], []), Has.Count.EqualTo(1));
    }

    [Test]
    public void The_verb_guard_catches_verb_less_and_get_plus_post_actions()
    {
        var violations = ControllerGuards.VerbViolations([typeof(BadVerbsController), typeof(GoodController)]);

        Assert.That(violations, Has.Count.EqualTo(2));
        Assert.That(violations, Has.Some.StartsWith("BadVerbsController.NoVerb: no [HttpGet]/[HttpPost]"));
        Assert.That(violations, Has.Some.StartsWith("BadVerbsController.Both: answers GET+POST"));
    }

    [Test]
    public void The_antiforgery_guard_catches_a_post_without_validation_and_an_ignored_token()
    {
        var violations = ControllerGuards.AntiforgeryViolations(
            [typeof(BadNoAntiforgeryController), typeof(BadIgnoredAntiforgeryController), typeof(BadVerbsController), typeof(GoodController)]);

        Assert.That(violations, Has.Some.StartsWith("BadNoAntiforgeryController.Save: POST action without antiforgery validation"));
        Assert.That(violations, Has.Some.StartsWith("BadIgnoredAntiforgeryController.Save: [IgnoreAntiforgeryToken]"));
        Assert.That(violations.Where(v => v.StartsWith("GoodController") || v.StartsWith("BadVerbsController")), Is.Empty,
            "BaseAdminController's [AutoValidateAntiforgeryToken] covers its subclasses");
    }
}
