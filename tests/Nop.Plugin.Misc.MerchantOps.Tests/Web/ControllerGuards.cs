using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Routing;
using Nop.Web.Areas.Admin.Controllers;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Web;

/// <summary>
/// The plugin's controller rules, checked by reflection. Each guard returns the violations it finds
/// ("Controller.Action: what is wrong"); an empty list means the rule holds.
/// </summary>
public static class ControllerGuards
{
    /// <summary>The controllers MVC would discover in the assembly: public, not abstract, named "...Controller" or [Controller], not [NonController].</summary>
    public static IReadOnlyList<Type> ControllersOf(Assembly assembly) => assembly.GetTypes()
        .Where(type => type is { IsClass: true, IsAbstract: false, IsPublic: true, ContainsGenericParameters: false })
        .Where(type => typeof(ControllerBase).IsAssignableFrom(type) || type.Name.EndsWith("Controller", StringComparison.OrdinalIgnoreCase))
        .Where(type => !type.IsDefined(typeof(NonControllerAttribute), true))
        .ToList();

    /// <summary>
    /// The action methods of a controller, as MVC sees them (public instance methods, not [NonAction], not special),
    /// limited to methods declared in the controller's own assembly (so nopCommerce's base-class helpers are left out).
    /// </summary>
    public static IReadOnlyList<MethodInfo> ActionsOf(Type controller) => controller
        .GetMethods(BindingFlags.Public | BindingFlags.Instance)
        .Where(method => !method.IsSpecialName && !method.IsGenericMethodDefinition && !method.IsAbstract)
        .Where(method => method.DeclaringType != typeof(object) && method.DeclaringType!.Assembly == controller.Assembly)
        .Where(method => !method.IsDefined(typeof(NonActionAttribute), true))
        .Where(method => method.GetBaseDefinition().DeclaringType!.Assembly == controller.Assembly)
        .Where(method => !(method.Name == nameof(IDisposable.Dispose) && method.GetParameters().Length == 0))
        .ToList();

    private static string Name(Type controller, MethodInfo action) => $"{controller.Name}.{action.Name}";

    /// <summary>[Area("Admin")] on the controller or a base class (BaseAdminController has it).</summary>
    public static bool IsAdmin(Type controller) =>
        controller.GetCustomAttributes<AreaAttribute>(true).Any(area => area.RouteValue == AreaNames.ADMIN)
        || typeof(BaseAdminController).IsAssignableFrom(controller)
        || (typeof(BasePluginController).IsAssignableFrom(controller) && controller.IsDefined(typeof(AuthorizeAdminAttribute), true));

    private static bool AllowsAnonymous(Type controller, MethodInfo action) =>
        action.IsDefined(typeof(AllowAnonymousAttribute), true) || controller.IsDefined(typeof(AllowAnonymousAttribute), true);

    /// <summary>
    /// Every action carries [CheckPermission], except actions marked [AllowAnonymous] whose "Controller.Action" is in
    /// <paramref name="anonymousWhitelist"/>. An [AllowAnonymous] action that is not whitelisted, a whitelisted action
    /// without [AllowAnonymous], and an admin controller that lacks [Area("Admin")] + [AuthorizeAdmin] are violations too.
    /// </summary>
    public static IReadOnlyList<string> PermissionViolations(IEnumerable<Type> controllers, IReadOnlyCollection<string> anonymousWhitelist)
    {
        var violations = new List<string>();
        foreach (var controller in controllers)
        {
            var admin = IsAdmin(controller);
            if (admin && !controller.GetCustomAttributes<AreaAttribute>(true).Any(area => area.RouteValue == AreaNames.ADMIN))
                violations.Add($"{controller.Name}: admin controller without [Area(AreaNames.ADMIN)]");
            if (admin && !controller.IsDefined(typeof(AuthorizeAdminAttribute), true))
                violations.Add($"{controller.Name}: admin controller without [AuthorizeAdmin]");

            foreach (var action in ActionsOf(controller))
            {
                var name = Name(controller, action);
                var whitelisted = anonymousWhitelist.Contains(name);
                var anonymous = AllowsAnonymous(controller, action);
                var checksPermission = action.IsDefined(typeof(CheckPermissionAttribute), false);

                if (anonymous && !whitelisted)
                    violations.Add($"{name}: [AllowAnonymous] but not in the test's whitelist of anonymous endpoints");
                else if (whitelisted && !anonymous)
                    violations.Add($"{name}: whitelisted as anonymous but not marked [AllowAnonymous]");
                else if (!anonymous && !checksPermission)
                    violations.Add($"{name}: no [CheckPermission]");

                if (admin && anonymous && action.GetCustomAttributes<AuthorizeAdminAttribute>(false).All(attribute => !attribute.IgnoreFilter))
                    violations.Add($"{name}: [AllowAnonymous] in an admin controller does nothing unless [AuthorizeAdmin(true)] lifts the admin gate");
            }
        }

        return violations;
    }

    private static IEnumerable<string> Verbs(MethodInfo action) =>
        action.GetCustomAttributes<HttpMethodAttribute>(true).SelectMany(attribute => attribute.HttpMethods).Distinct(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every action is explicitly [HttpGet] or [HttpPost] - exactly one of them, nothing else (no verb-less action, no GET+POST).</summary>
    public static IReadOnlyList<string> VerbViolations(IEnumerable<Type> controllers)
    {
        var violations = new List<string>();
        foreach (var controller in controllers)
        foreach (var action in ActionsOf(controller))
        {
            var verbs = Verbs(action).ToList();
            if (verbs.Count == 0)
                violations.Add($"{Name(controller, action)}: no [HttpGet]/[HttpPost] (it would answer every verb)");
            else if (verbs.Count > 1 || !(verbs[0].Equals("GET", StringComparison.OrdinalIgnoreCase) || verbs[0].Equals("POST", StringComparison.OrdinalIgnoreCase)))
                violations.Add($"{Name(controller, action)}: answers {string.Join("+", verbs)}; use exactly one of [HttpGet] or [HttpPost]");
        }

        return violations;
    }

    /// <summary>
    /// Every action that is not GET-only validates the antiforgery token: [AutoValidateAntiforgeryToken] or
    /// [ValidateAntiForgeryToken] on the controller (or a base class) or on the action, and no [IgnoreAntiforgeryToken].
    /// </summary>
    public static IReadOnlyList<string> AntiforgeryViolations(IEnumerable<Type> controllers)
    {
        var violations = new List<string>();
        foreach (var controller in controllers)
        foreach (var action in ActionsOf(controller))
        {
            var verbs = Verbs(action).ToList();
            if (verbs.Count > 0 && verbs.All(verb => verb.Equals("GET", StringComparison.OrdinalIgnoreCase) || verb.Equals("HEAD", StringComparison.OrdinalIgnoreCase)))
                continue;

            var validated = action.IsDefined(typeof(ValidateAntiForgeryTokenAttribute), true)
                || action.IsDefined(typeof(AutoValidateAntiforgeryTokenAttribute), true)
                || controller.IsDefined(typeof(ValidateAntiForgeryTokenAttribute), true)
                || controller.IsDefined(typeof(AutoValidateAntiforgeryTokenAttribute), true);
            var ignored = action.IsDefined(typeof(IgnoreAntiforgeryTokenAttribute), true) || controller.IsDefined(typeof(IgnoreAntiforgeryTokenAttribute), true);

            if (ignored)
                violations.Add($"{Name(controller, action)}: [IgnoreAntiforgeryToken]");
            else if (!validated)
                violations.Add($"{Name(controller, action)}: {(verbs.Count == 0 ? "verb-less" : string.Join("+", verbs))} action without antiforgery validation");
        }

        return violations;
    }
}
