using System.Reflection;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Web;

/// <summary>
/// Requests every GET action of the selected controllers through the host and reports each one that failed (5xx),
/// was refused although the test granted everything, or changed state (anything in the host's WriteLog).
/// Parameters keep their defaults, except "id" and the route's own parameters, which get 1.
/// </summary>
public static class GetActionSweep
{
    public sealed record Result(IReadOnlyList<string> Requested, IReadOnlyList<string> Violations);

    public static async Task<Result> RunAsync(PluginTestHost host, Func<Type, bool> controllerFilter)
    {
        var descriptors = host.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<ControllerActionDescriptor>()
            .Where(action => controllerFilter(action.ControllerTypeInfo.AsType()))
            //nopCommerce's BaseController helpers (SaveSelectedTabNameAsync...) are served too; the plugin's own actions only
            .Where(action => action.MethodInfo.DeclaringType!.Assembly == action.ControllerTypeInfo.Assembly)
            .Where(IsGet)
            .OrderBy(action => action.DisplayName)
            .ToList();

        var links = host.Services.GetRequiredService<LinkGenerator>();
        using var client = host.CreateClient();
        var requested = new List<string>();
        var violations = new List<string>();

        foreach (var action in descriptors)
        {
            var values = new RouteValueDictionary();
            foreach (var (key, value) in action.RouteValues)
                if (!string.IsNullOrEmpty(value))
                    values[key] = value;
            if (action.Parameters.Any(parameter => parameter.Name.Equals("id", StringComparison.OrdinalIgnoreCase)))
                values["id"] = 1;
            if (action.AttributeRouteInfo?.Template is { } template)
                foreach (var parameter in RoutePatternFactory.Parse(template).Parameters.Where(p => !values.ContainsKey(p.Name)))
                    values[parameter.Name] = 1;

            var url = links.GetPathByRouteValues(routeName: null, values);
            var name = $"{action.ControllerName}.{action.ActionName}";
            if (url == null)
            {
                violations.Add($"{name}: no URL could be generated for it");
                continue;
            }

            requested.Add(url);
            host.Writes.Clear();
            var errorsBefore = host.UnhandledExceptions.Count;

            using var response = await client.GetAsync(url.TrimStart('/'));
            var status = (int)response.StatusCode;
            var location = response.Headers.Location?.ToString() ?? string.Empty;

            if (status >= 500)
                violations.Add($"GET {url} ({name}) answered {status}: {host.UnhandledExceptions.Skip(errorsBefore).FirstOrDefault()?.Message}");
            else if (location.Contains("/Security/AccessDenied", StringComparison.OrdinalIgnoreCase) || location.Contains("/login", StringComparison.OrdinalIgnoreCase))
                violations.Add($"GET {url} ({name}) was refused ({status} → {location}) although every permission is granted");

            foreach (var write in host.Writes.Entries)
                violations.Add($"GET {url} ({name}) changed state: {write}");
        }

        return new Result(requested, violations);
    }

    private static bool IsGet(ControllerActionDescriptor action)
    {
        var methods = action.EndpointMetadata.OfType<Microsoft.AspNetCore.Routing.HttpMethodMetadata>().SelectMany(metadata => metadata.HttpMethods).ToList();
        //no verb constraint at all: the action answers GET too
        return methods.Count == 0 || methods.Contains("GET", StringComparer.OrdinalIgnoreCase);
    }
}
