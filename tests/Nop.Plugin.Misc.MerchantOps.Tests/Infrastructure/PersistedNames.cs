using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.Data.Sqlite;
using Moq;
using Nop.Core.Domain.Customers;
using Nop.Plugin.Misc.MerchantOps.Infrastructure;
using Nop.Plugin.Misc.MerchantOps.Infrastructure.Security;
using Nop.Plugin.Misc.MerchantOps.Replies.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.Services;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Nop.Services.Localization;
using Nop.Services.Plugins;
using Nop.Web.Framework.Events;
using Nop.Web.Framework.Menu;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Infrastructure;

/// <summary>
/// Every name an installed store keeps or links to, as sorted text lines "kind name", taken from the running code:
/// the tables, columns, indexes and foreign keys the plugin's migrations create (run on SQLite, schema read back),
/// the migrations recorded (version and description), the resource keys of both language files (lower case, as
/// nopCommerce compares them), the setting keys
/// (nopCommerce stores MerchantOpsSettings.X as "merchantopssettings.x"), the permissions (system name, category),
/// the admin URLs of every controller action (conventional Admin/{controller}/{action} or its [Route]) with their
/// simple parameters, the menu nodes and the URL each opens, the widget zones, the plugin's system name, the FAQ
/// topic's system name, the reply seed keys (rows keep them) and the schedule task types (none today).
/// Compared with the list of the previous version by <see cref="PersistedNamesTests"/>.
/// </summary>
public static class PersistedNames
{
    private static readonly Assembly Plugin = typeof(MerchantOpsDefaults).Assembly;

    public static async Task<IReadOnlyList<string>> CollectAsync()
    {
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var line in await SchemaAsync())
            lines.Add(line);
        foreach (var language in new[] { "en-US", "fr-FR" })
            foreach (var key in ResourceKeys(language))
                lines.Add($"resource {language} {key.ToLowerInvariant()}");
        foreach (var property in typeof(MerchantOpsSettings).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.CanWrite))
            lines.Add($"setting {(typeof(MerchantOpsSettings).Name + "." + property.Name).ToLowerInvariant()}");
        foreach (var config in new MerchantOpsPermissionConfigManager().AllConfigs)
            lines.Add($"permission {config.SystemName} category={config.Category}");

        var routes = Routes();
        foreach (var route in routes)
        {
            lines.Add($"url {route.Method} {route.Url}");
            foreach (var parameter in route.Parameters)
                lines.Add($"url-parameter {route.Method} {route.Url} {parameter}");
        }
        foreach (var line in await MenuAsync(routes))
            lines.Add(line);

        var plugin = (MerchantOpsPlugin)RuntimeHelpers.GetUninitializedObject(typeof(MerchantOpsPlugin));
        foreach (var zone in await plugin.GetWidgetZonesAsync())
            lines.Add($"widget-zone {zone}");

        lines.Add($"plugin {MerchantOpsDefaults.SystemName}");
        lines.Add($"topic {ReplyFaqService.TopicSystemName}");
        foreach (var seed in ReplySeeds.All)
            lines.Add($"reply-seed {seed.Key}");
        foreach (var task in Plugin.GetTypes().Where(t => !t.IsAbstract && typeof(Nop.Services.ScheduleTasks.IScheduleTask).IsAssignableFrom(t)))
            lines.Add($"schedule-task {task.FullName}, {Plugin.GetName().Name}");

        return lines.ToList();
    }

    /// <summary>What the plugin's migrations add to a store's SQLite database.</summary>
    private static async Task<IEnumerable<string>> SchemaAsync()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseEngine.Sqlite);
        var tablesBefore = (await database.GetTableNamesAsync()).ToHashSet(StringComparer.Ordinal);
        var migrationsBefore = await QueryAsync(database.ConnectionString, "SELECT Version || ' ' || Description FROM MigrationVersionInfo");

        await database.InstallPluginSchemaAsync(runMigrations: true);

        var lines = new List<string>();
        var tables = (await database.GetTableNamesAsync()).Where(table => !tablesBefore.Contains(table)).ToList();
        foreach (var table in tables)
        {
            lines.Add($"table {table}");
            var parameter = ("$table", table);
            lines.AddRange((await QueryAsync(database.ConnectionString, "SELECT name FROM pragma_table_info($table)", parameter))
                .Select(column => $"column {table}.{column}"));
            lines.AddRange((await QueryAsync(database.ConnectionString,
                    "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = $table AND name NOT LIKE 'sqlite_autoindex%'", parameter))
                .Select(index => $"index {table}.{index}"));
            var sql = (await QueryAsync(database.ConnectionString, "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = $table", parameter)).Single();
            lines.AddRange(Regex.Matches(sql, @"CONSTRAINT\s+[""`\[]?(\w+)[""`\]]?\s+FOREIGN\s+KEY\s*\(([^)]*)\)\s*REFERENCES\s+[""`\[]?(\w+)[""`\]]?\s*\(([^)]*)\)", RegexOptions.IgnoreCase)
                .Select(match => $"foreign-key {table}.{match.Groups[1].Value} ({Unquote(match.Groups[2].Value)} -> {match.Groups[3].Value}.{Unquote(match.Groups[4].Value)})"));
        }
        var migrations = await QueryAsync(database.ConnectionString, "SELECT Version || ' ' || Description FROM MigrationVersionInfo");
        lines.AddRange(migrations.Except(migrationsBefore).Select(migration => $"migration {migration}"));
        return lines;
    }

    private static string Unquote(string columns) => Regex.Replace(columns, @"[""`\[\]\s]", string.Empty);

    private static async Task<IReadOnlyList<string>> QueryAsync(string connectionString, string sql, (string Name, string Value)? parameter = null)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (parameter is { } p)
            command.Parameters.AddWithValue(p.Name, p.Value);
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            values.Add(reader.IsDBNull(0) ? string.Empty : reader.GetValue(0).ToString());
        return values;
    }

    private static IEnumerable<string> ResourceKeys(string language) =>
        XDocument.Load(TestPaths.InRepository("Localization", $"MerchantOps.{language}.xml")).Root!.Elements("LocaleResource")
            .Select(resource => resource.Attribute("Name")!.Value);

    private sealed record Route(string Controller, string Action, string Method, string Url, IReadOnlyList<string> Parameters);

    /// <summary>
    /// Every action of the plugin's controllers and the URL that reaches it: its [Route] template, else nopCommerce's
    /// conventional area route {area}/{controller}/{action}.
    /// </summary>
    private static List<Route> Routes()
    {
        var routes = new List<Route>();
        foreach (var controller in Plugin.GetTypes().Where(t => !t.IsAbstract && typeof(Controller).IsAssignableFrom(t)))
        {
            var controllerName = controller.Name.EndsWith("Controller") ? controller.Name[..^"Controller".Length] : controller.Name;
            var area = controller.GetCustomAttribute<AreaAttribute>()?.RouteValue;
            var controllerTemplate = controller.GetCustomAttributes().OfType<IRouteTemplateProvider>().Select(r => r.Template).FirstOrDefault();
            foreach (var method in controller.GetMethods(BindingFlags.Public | BindingFlags.Instance)
                         .Where(m => m.DeclaringType!.Assembly == Plugin && !m.IsSpecialName && m.GetCustomAttribute<NonActionAttribute>() is null))
            {
                var action = method.GetCustomAttribute<ActionNameAttribute>()?.Name
                             ?? (method.Name.EndsWith("Async") ? method.Name[..^"Async".Length] : method.Name);
                var methods = method.GetCustomAttributes().OfType<IActionHttpMethodProvider>().SelectMany(m => m.HttpMethods).Distinct().ToList();
                if (methods.Count == 0)
                    methods.Add("ANY");
                var templates = method.GetCustomAttributes().OfType<IRouteTemplateProvider>().Select(r => r.Template).Where(t => t != null).ToList();
                if (templates.Count == 0)
                    templates.Add(controllerTemplate ?? string.Join("/", new[] { area, controllerName, action }.Where(part => !string.IsNullOrEmpty(part))));
                else if (controllerTemplate != null)
                    templates = templates.Select(t => t.StartsWith('/') || t.StartsWith("~/") ? t : controllerTemplate + "/" + t).ToList();
                var parameters = method.GetParameters()
                    .Where(p => p.ParameterType.IsPrimitive || p.ParameterType.IsEnum || p.ParameterType == typeof(string) || p.ParameterType == typeof(Guid)
                                || Nullable.GetUnderlyingType(p.ParameterType) is { IsPrimitive: true } or { IsEnum: true })
                    .Select(p => p.Name!).OrderBy(n => n, StringComparer.Ordinal).ToList();
                foreach (var template in templates)
                    foreach (var httpMethod in methods)
                        routes.Add(new Route(controllerName, action, httpMethod, template.TrimStart('~', '/'), parameters));
            }
        }
        return routes;
    }

    /// <summary>The menu nodes the plugin adds, each with the URL (of <see cref="Routes"/>) of the action it opens.</summary>
    private static async Task<IEnumerable<string>> MenuAsync(IReadOnlyList<Route> routes)
    {
        var localization = new Mock<ILocalizationService>();
        localization.Setup(l => l.GetResourceAsync(It.IsAny<string>())).Returns((string key) => Task.FromResult(key));
        var pluginManager = new Mock<IPluginManager<IPlugin>>();
        pluginManager.Setup(m => m.LoadPluginBySystemNameAsync(MerchantOpsDefaults.SystemName, It.IsAny<Customer>(), It.IsAny<int>()))
            .ReturnsAsync(Mock.Of<IPlugin>());
        var adminMenu = new Mock<IAdminMenu>();
        adminMenu.Setup(m => m.GetMenuItemUrl(It.IsAny<string>(), It.IsAny<string>()))
            .Returns((string controller, string action) => $"{controller}|{action}");
        var root = new AdminMenuItem { SystemName = "Home" };

        await new AdminMenuConsumer(localization.Object, pluginManager.Object).HandleEventAsync(new AdminMenuCreatedEvent(adminMenu.Object, root));

        var lines = new List<string>();
        void Walk(AdminMenuItem item)
        {
            foreach (var child in item.ChildNodes)
            {
                lines.Add($"menu {child.SystemName} {Opens(child.Url)}".TrimEnd());
                Walk(child);
            }
        }
        Walk(root);
        return lines;

        string Opens(string url)
        {
            if (string.IsNullOrEmpty(url) || !url.Contains('|'))
                return url ?? string.Empty;
            var (controller, action) = (url.Split('|')[0], url.Split('|')[1]);
            var route = routes.FirstOrDefault(r => r.Controller == controller && r.Action == action && r.Method is "GET" or "ANY");
            return route?.Url ?? $"(no action {controller}/{action})";
        }
    }
}
