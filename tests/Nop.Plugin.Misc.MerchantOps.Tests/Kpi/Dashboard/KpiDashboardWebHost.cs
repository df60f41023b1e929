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
using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;
using Nop.Plugin.Misc.MerchantOps.Planner.Services;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;
using Nop.Plugin.Misc.MerchantOps.Tests.Replies.Web;
using Nop.Plugin.Misc.MerchantOps.Tests.Web;
using Nop.Services.Stores;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Kpi.Dashboard;

/// <summary>
/// The KPI widgets and the Today screen served by the plugin test host over a database with the plugin's real schema
/// (<see cref="KpiScenario"/>: a store in Europe/Paris, clock Wednesday 1 April 2026 08:00 UTC, so yesterday is
/// Tuesday 31 March), an owner and a vendor's staff member (vendor 7). Rollup rows are inserted directly
/// (<see cref="SalesDayAsync"/>, <see cref="FunnelDayAsync"/>), as the rollups would write them.
/// The dashboard stand-in is <see cref="KpiDashboardProbeController"/>.
/// </summary>
public sealed class KpiDashboardWebHost : Harness.ITestSite
{
    private KpiDashboardWebHost(TestDatabase database, KpiScenario store, PluginTestHost host, Customer owner, Customer vendorStaff)
    {
        Database = database;
        Store = store;
        Host = host;
        Owner = owner;
        VendorStaff = vendorStaff;
        Client = host.CreateClient();
    }

    public static string ProbeRoot => Path.Combine(PluginTestHost.TestsRoot, "Nop.Plugin.Misc.MerchantOps.Tests", "Kpi", "Dashboard");

    public const string TodayUrl = "Admin/MerchantOpsToday/Index";

    public TestDatabase Database { get; }
    public KpiScenario Store { get; }
    public PluginTestHost Host { get; }
    public HttpClient Client { get; }
    public Customer Owner { get; }
    public Customer VendorStaff { get; }
    public Uri BaseAddress => Host.BaseAddress;

    public static async Task<KpiDashboardWebHost> StartAsync(Action<IServiceCollection> configureServices = null, DatabaseEngine engine = DatabaseEngine.Sqlite)
    {
        var database = await TestDatabase.CreateAsync(engine);
        try
        {
            var store = await KpiScenario.CreateAsync(database);
            var owner = await store.CustomerAsync("owner@shop.test", c => c.FirstName = "Olive");
            var vendorStaff = await store.CustomerAsync("vera@vendor.test", c => c.VendorId = KpiScenario.MugVendorId);
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
                services.Configure<MvcRazorRuntimeCompilationOptions>(options => options.FileProviders.Add(new PhysicalFileProvider(ProbeRoot)));
                configureServices?.Invoke(services);
            });
            host.Settings.Seed(PlannerTimeZones.StoreTimeZoneSettingKey, "Europe/Paris");
            await host.Settings.SaveSettingAsync(new WidgetSettings { ActiveWidgetSystemNames = new List<string> { MerchantOpsDefaults.SystemName } });
            var web = new KpiDashboardWebHost(database, store, host, owner, vendorStaff);
            web.SignIn(owner);
            return web;
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    public void SignIn(Customer staff)
    {
        Host.WorkContext.CurrentCustomer = staff;
        Host.WorkContext.CurrentVendor = staff.VendorId == 0 ? null : new Nop.Core.Domain.Vendors.Vendor { Id = staff.VendorId, Name = $"Vendor {staff.VendorId}", Active = true };
    }

    /// <summary>Only these permissions (and access to the admin area).</summary>
    public void Allow(params string[] permissions) =>
        Host.Permissions.DenyAll().Grant(new[] { Nop.Services.Security.StandardPermission.Security.ACCESS_ADMIN_PANEL }.Concat(permissions).ToArray());

    public async Task SalesDayAsync(DateOnly day, int orders, decimal revenue, int items = 0, int vendorId = 0, int newCustomers = 0, int returning = 0,
        int refundedOrders = 0, decimal refunded = 0m) =>
        await Database.Repository<KpiSalesDay>().InsertAsync(new KpiSalesDay
        {
            StoreId = Store.Store.Id, VendorId = vendorId, LocalDay = KpiDay.Key(day), OrderCount = orders, Revenue = revenue, ItemCount = items,
            NewCustomerCount = newCustomers, ReturningCustomerCount = returning, RefundedOrderCount = refundedOrders, RefundedAmount = refunded,
            TimeZoneId = "Europe/Paris", ComputedOnUtc = KpiScenario.Now
        });

    public async Task FunnelDayAsync(DateOnly day, int visitors, int productViews, int carts, int checkouts, int orders) =>
        await Database.Repository<KpiFunnelDay>().InsertAsync(new KpiFunnelDay
        {
            StoreId = Store.Store.Id, LocalDay = KpiDay.Key(day), VisitorCount = visitors, ProductViewCount = productViews, AddToCartCount = carts,
            CheckoutCount = checkouts, OrderCount = orders, TimeZoneId = "Europe/Paris", ComputedOnUtc = KpiScenario.Now
        });

    /// <summary>The backfill's progress row, done or not.</summary>
    public async Task ProgressAsync(bool complete, int daysDone = 60) =>
        await Database.Repository<KpiRollupProgress>().InsertAsync(new KpiRollupProgress
        {
            StoreId = Store.Store.Id, TimeZoneId = "Europe/Paris", BackfillEndDay = 20260331, BackfillNextDay = complete ? 20250101 : 20260130,
            FirstOrderDay = 20250102, BackfillDaysDone = daysDone, BackfillCompletedOnUtc = complete ? KpiScenario.Now : null,
            StartedOnUtc = KpiScenario.Now, UpdatedOnUtc = KpiScenario.Now
        });

    public async Task<string> GetPageAsync(string url)
    {
        using var response = await Client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"GET {url}\n{string.Join("\n", Host.UnhandledExceptions)}\n{html}");
        return html;
    }

    public Task<string> GetDashboardAsync(string query = "") => GetPageAsync(KpiDashboardProbeController.DashboardUrl + query);

    public async Task<HttpResponseMessage> PostFormAsync(string url, bool withToken, params (string Name, string Value)[] fields)
    {
        var values = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).ToList();
        if (withToken)
            values.Add(new("__RequestVerificationToken", await Host.GetAntiforgeryTokenAsync(Client, KpiDashboardProbeController.DashboardUrl)));
        return await Client.PostAsync(url, new FormUrlEncodedContent(values));
    }

    /// <summary>The HTML of the element with that id up to its closing section ("" when absent).</summary>
    public static string Card(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        if (start < 0)
            return string.Empty;
        var end = html.IndexOf("</section>", start, StringComparison.Ordinal);
        return html[start..end];
    }

    /// <summary>The table row with that id, as text.</summary>
    public static string Row(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        if (start < 0)
            return string.Empty;
        start = html.IndexOf('>', start) + 1;
        return Text(html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)]);
    }

    public static string Text(string html) => Regex.Replace(WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", " ")), @"\s+", " ").Trim();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
        await Database.DisposeAsync();
    }
}
