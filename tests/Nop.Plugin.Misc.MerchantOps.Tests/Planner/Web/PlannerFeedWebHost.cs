using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Caching;
using Nop.Core.Domain.Customers;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Planner.Services;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;
using Nop.Plugin.Misc.MerchantOps.Tests.Replies.Web;
using Nop.Plugin.Misc.MerchantOps.Tests.Web;
using Nop.Services.Security;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Planner.Web;

/// <summary>
/// The planner's calendar link page and its public feed served by the plugin test host over a SQLite store
/// (<see cref="PlannerScenario"/>: a store in Europe/Paris, Alice and Bob of the shop, Vera of vendor 5, the clock on
/// Monday 2 March 2026). The planner services are the plugin's own (PlannerStartup), over the store's rows; who holds
/// the Planner permission is <see cref="PlannerUsers"/> (all three at start). <see cref="App"/> is a data-level
/// instance over the same rows, for making blocks and reading the week as the week view does.
/// </summary>
public sealed class PlannerFeedWebHost : ITestSite
{
    private PlannerFeedWebHost(TestDatabase database, PlannerScenario store, PluginTestHost host)
    {
        Database = database;
        Store = store;
        Host = host;
        Client = host.CreateClient();
    }

    public TestDatabase Database { get; }
    public PlannerScenario Store { get; }
    public PluginTestHost Host { get; }

    /// <summary>The signed-in admin's browser (keeps cookies, does not follow redirects).</summary>
    public HttpClient Client { get; }

    public Uri BaseAddress => Host.BaseAddress;
    public PlannerUsers PlannerUsers => Host.Services.GetRequiredService<PlannerUsers>();

    /// <summary>The paths of the requests that asked who the current customer is.</summary>
    public CurrentCustomerRequests CurrentCustomerRequests => Host.Services.GetRequiredService<CurrentCustomerRequests>();

    public static async Task<PlannerFeedWebHost> StartAsync(Action<IServiceCollection> configureServices = null)
    {
        var database = await TestDatabase.CreateAsync(DatabaseEngine.Sqlite);
        try
        {
            var store = await PlannerScenario.CreateAsync(database);
            var host = await PluginTestHost.StartAsync(services =>
            {
                services.AddSingleton(database.DataProvider);
                services.AddSingleton<IStaticCacheManager>(database.CacheManager);
                services.AddSingleton(typeof(IRepository<>), typeof(DatabaseRepository<>));
                services.AddSingleton(database);
                services.AddSingleton<TimeProvider>(store.Clock);
                services.AddSingleton<PlannerUsers>();
                services.AddSingleton<InMemoryPermissionService>();
                services.AddSingleton<IPermissionService, PlannerPermissions>();
                services.AddSingleton<CurrentCustomerRequests>();
                services.AddSingleton<Nop.Core.IWorkContext>(sp => sp.GetRequiredService<CurrentCustomerRequests>());
                configureServices?.Invoke(services);
            });
            Assert.That(host.Stores.Stores.Single().Id, Is.EqualTo(store.Store.Id), "the host's store is the scenario's");
            host.Settings.Seed(PlannerTimeZones.StoreTimeZoneSettingKey, "Europe/Paris");
            var web = new PlannerFeedWebHost(database, store, host);
            web.PlannerUsers.Add(store.Alice.Id, store.Bob.Id, store.Vera.Id);
            web.SignIn(store.Alice);
            return web;
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    /// <summary>A data-level instance signed in as <paramref name="staff"/>, over the same rows (blocks, the week view's reading).</summary>
    public PlannerApp App(Customer staff) => Store.App(staff, anotherInstance: true);

    /// <summary>Signs a member of staff in to the admin pages (a vendor's staff with their vendor).</summary>
    public void SignIn(Customer staff)
    {
        Host.WorkContext.CurrentCustomer = staff;
        Host.WorkContext.CurrentVendor = staff.VendorId == 0 ? null
            : new Nop.Core.Domain.Vendors.Vendor { Id = staff.VendorId, Name = $"Vendor {staff.VendorId}", Active = true };
    }

    /// <summary>Only these permissions (and access to the admin area); Planner still needs <see cref="PlannerUsers"/>.</summary>
    public void Allow(params string[] permissions) =>
        Host.Permissions.DenyAll().Grant(new[] { StandardPermission.Security.ACCESS_ADMIN_PANEL }.Concat(permissions).ToArray());

    public async Task<string> GetPageAsync(string url)
    {
        using var response = await Client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"GET {url}\n{string.Join("\n", Host.UnhandledExceptions)}\n{html}");
        return html;
    }

    /// <summary>A form POST with the antiforgery token of <paramref name="tokenPage"/>, as a browser sends it.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string url, string tokenPage = FeedPage)
    {
        var token = await Host.GetAntiforgeryTokenAsync(Client, tokenPage);
        Host.Notifications.Clear();
        return await Client.PostAsync(url, new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
    }

    public const string FeedPage = "Admin/PlannerFeed/Index";

    /// <summary>Posts "Create my calendar link" (or Rotate) and reads the link off the answer: (the page, the https URL).</summary>
    public async Task<(string Html, string FeedUrl)> MakeLinkAsync(string action = "Create")
    {
        using var response = await PostFormAsync($"Admin/PlannerFeed/{action}");
        var html = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"POST {action}\n{string.Join("\n", Host.UnhandledExceptions)}\n{html}");
        var link = LinkOn(html);
        Assert.That(link, Is.Not.Null, $"no link on the page after {action}:\n{html}");
        return (html, link);
    }

    /// <summary>The link shown on a page (the value of its #planner-feed-url input), or null.</summary>
    public static string LinkOn(string html)
    {
        var input = Regex.Match(html, "<input[^>]*id=\"planner-feed-url\"[^>]*>");
        return input.Success ? WebUtility.HtmlDecode(Regex.Match(input.Value, "value=\"([^\"]*)\"").Groups[1].Value) : null;
    }

    /// <summary>The texts of the list items of the element with that id (up to its first list's end), tags left out, spaces collapsed.</summary>
    public static List<string> Items(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        if (start < 0)
            return [];
        var end = html.IndexOf("</ul>", start, StringComparison.Ordinal);
        var part = end < 0 ? html[start..] : html[start..end];
        return Regex.Matches(part, "<li>(.*?)</li>", RegexOptions.Singleline)
            .Select(m => Regex.Replace(WebUtility.HtmlDecode(Regex.Replace(m.Groups[1].Value, "<[^>]+>", " ")), "\\s+", " ").Trim())
            .ToList();
    }

    /// <summary>A calendar client: no cookies, no login, nothing but the URL.</summary>
    public HttpClient CalendarClient() =>
        new(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = BaseAddress };

    /// <summary>The token of a feed URL (between "planner/" and ".ics").</summary>
    public static string TokenOf(string feedUrl) => Regex.Match(feedUrl, "/merchantops/planner/([^/]+)\\.ics$").Groups[1].Value;

    public static string FeedPath(string token) => $"merchantops/planner/{token}.ics";

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
        await Database.DisposeAsync();
    }
}
