using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Razor.RuntimeCompilation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Nop.Core;
using Nop.Core.Caching;
using Nop.Core.Domain.Cms;
using Nop.Core.Domain.Customers;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Planner.Domain;
using Nop.Plugin.Misc.MerchantOps.Planner.Services;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;
using Nop.Plugin.Misc.MerchantOps.Tests.Replies.Web;
using Nop.Plugin.Misc.MerchantOps.Tests.Web;
using Nop.Services.Stores;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Planner.Web;

/// <summary>
/// The planner's dashboard agenda served by the plugin test host over a SQLite store with the plugin's real schema
/// (<see cref="PlannerScenario"/>: Alice, Bob, Vera of vendor 5; the store's zone as nopCommerce's setting). The
/// planner services are the plugin's own (PlannerStartup); the host's clock is the scenario's. Blocks are made through
/// the scenario's data app, as the week view would make them. The dashboard stand-in is
/// <see cref="PlannerDashboardProbeController"/>.
/// </summary>
public sealed class PlannerAgendaWebHost : ITestSite
{
    private PlannerAgendaWebHost(TestDatabase database, PlannerScenario store, PluginTestHost host)
    {
        Database = database;
        Store = store;
        Host = host;
        Client = host.CreateClient();
    }

    /// <summary>The folder of this file: PlannerProbe/ holds the dashboard probe.</summary>
    public static string ProbeRoot => Path.Combine(PluginTestHost.TestsRoot, "Nop.Plugin.Misc.MerchantOps.Tests", "Planner", "Web");

    public TestDatabase Database { get; }
    public PlannerScenario Store { get; }
    public PluginTestHost Host { get; }
    public HttpClient Client { get; }
    public Uri BaseAddress => Host.BaseAddress;
    public TestClock Clock => Store.Clock;

    public static async Task<PlannerAgendaWebHost> StartAsync(string timeZoneId = "Europe/Paris", Action<IServiceCollection> configureServices = null,
        DatabaseEngine engine = DatabaseEngine.Sqlite)
    {
        var database = await TestDatabase.CreateAsync(engine);
        try
        {
            var store = await PlannerScenario.CreateAsync(database, timeZoneId);
            var host = await PluginTestHost.StartAsync(services =>
            {
                services.AddSingleton(database.DataProvider);
                services.AddSingleton<IStaticCacheManager>(database.CacheManager);
                services.AddSingleton(typeof(IRepository<>), typeof(DatabaseRepository<>));
                services.AddSingleton(database);
                services.AddSingleton<RepositoryStores>(sp => new RepositoryStores(database.Repository<Nop.Core.Domain.Stores.Store>()));
                services.AddSingleton<IStoreService>(sp => sp.GetRequiredService<RepositoryStores>());
                services.AddSingleton<IStoreContext>(sp => sp.GetRequiredService<RepositoryStores>());
                services.AddSingleton<TimeProvider>(store.Clock);
                //the dashboard probe (Planner/Web/PlannerProbe), served as ~/PlannerProbe/...
                services.Configure<MvcRazorRuntimeCompilationOptions>(options => options.FileProviders.Add(new PhysicalFileProvider(ProbeRoot)));
                configureServices?.Invoke(services);
            });
            //the store's zone, as nopCommerce's setting; the plugin an active widget, as its install makes it
            host.Settings.Seed(PlannerTimeZones.StoreTimeZoneSettingKey, timeZoneId);
            await host.Settings.SaveSettingAsync(new WidgetSettings { ActiveWidgetSystemNames = new List<string> { MerchantOpsDefaults.SystemName } });
            var web = new PlannerAgendaWebHost(database, store, host);
            web.SignIn(store.Alice);
            return web;
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    /// <summary>Signs a member of staff in (a vendor's staff with their vendor).</summary>
    public void SignIn(Customer staff)
    {
        Host.WorkContext.CurrentCustomer = staff;
        Host.WorkContext.CurrentVendor = staff.VendorId == 0 ? null : new Nop.Core.Domain.Vendors.Vendor { Id = staff.VendorId, Name = $"Vendor {staff.VendorId}", Active = true };
    }

    /// <summary>Only these permissions (and access to the admin area).</summary>
    public void Allow(params string[] permissions) =>
        Host.Permissions.DenyAll().Grant(new[] { Nop.Services.Security.StandardPermission.Security.ACCESS_ADMIN_PANEL }.Concat(permissions).ToArray());

    /// <summary>Makes a block as <paramref name="author"/> (through the planner's services) and answers its id.</summary>
    public async Task<int> BlockAsync(Customer author, string title, DateTime startLocal, string rule = null, int minutes = 60, int assigneeId = 0,
        string category = null, string colour = null, PlannerLiveBinding binding = PlannerLiveBinding.None)
    {
        var request = Store.Request(title, startLocal, rule, minutes, assigneeId, binding);
        request = request with { Category = category, Colour = colour ?? request.Colour };
        var saved = await Store.App(author).Blocks.CreateAsync(request);
        Assert.That(saved.Succeeded, Is.True, saved.ResourceKey);
        return saved.BlockId;
    }

    public async Task<string> GetPageAsync(string url)
    {
        using var response = await Client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"GET {url}\n{string.Join("\n", Host.UnhandledExceptions)}\n{html}");
        return html;
    }

    public Task<string> GetDashboardAsync() => GetPageAsync(PlannerDashboardProbeController.DashboardUrl);

    /// <summary>A form POST with the antiforgery token of the dashboard (or none), as the agenda's forms send it.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string url, bool withToken, params (string Name, string Value)[] fields)
    {
        var values = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).ToList();
        if (withToken)
            values.Add(new("__RequestVerificationToken", await Host.GetAntiforgeryTokenAsync(Client, PlannerDashboardProbeController.DashboardUrl)));
        Host.Notifications.Clear();
        return await Client.PostAsync(url, new FormUrlEncodedContent(values));
    }

    /// <summary>The same POST asking for JSON, as planner-agenda.js sends it.</summary>
    public async Task<(HttpStatusCode Status, string Body)> PostJsonAsync(string url, params (string Name, string Value)[] fields) =>
        await PostJsonWithTokenAsync(url, await Host.GetAntiforgeryTokenAsync(Client, PlannerDashboardProbeController.DashboardUrl), fields);

    /// <summary>The same with a token already read (posts sent at once share the page's token, as two clicks do).</summary>
    public async Task<(HttpStatusCode Status, string Body)> PostJsonWithTokenAsync(string url, string token, params (string Name, string Value)[] fields)
    {
        var values = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", token));
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(values) };
        request.Headers.Add("Accept", "application/json");
        request.Headers.Add("X-Requested-With", "XMLHttpRequest");
        using var response = await Client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The agenda card's HTML ("" when the page has none).</summary>
    public static string Agenda(string html)
    {
        var start = html.IndexOf("id=\"merchantops-planner-agenda\"", StringComparison.Ordinal);
        if (start < 0)
            return string.Empty;
        var end = html.IndexOf("id=\"probe-after-zone\"", start, StringComparison.Ordinal);
        return html[start..end];
    }

    public static string Text(string html) => Regex.Replace(WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", " ")), @"\s+", " ");

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
        await Database.DisposeAsync();
    }
}
