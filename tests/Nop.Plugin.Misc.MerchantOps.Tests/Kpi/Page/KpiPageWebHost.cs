using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Caching;
using Nop.Core.Domain.Vendors;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;
using Nop.Plugin.Misc.MerchantOps.Planner.Services;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;
using Nop.Plugin.Misc.MerchantOps.Tests.Replies.Web;
using Nop.Plugin.Misc.MerchantOps.Tests.Web;
using Nop.Services.Helpers;
using Nop.Services.Security;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Kpi.Page;

/// <summary>
/// The KPI page served by the plugin test host over a SQLite store with the plugin's tables (rollup rows are inserted
/// directly), the store in Europe/Paris, the clock on Wednesday 1 April 2026, 10:00 in Paris (today 1 April, yesterday
/// 31 March), signed in as the administrator with the KPI permission.
/// </summary>
public sealed class KpiPageWebHost : ITestSite
{
    public const string PageUrl = "Admin/MerchantOpsKpi/Index";
    public const string CsvUrl = "Admin/MerchantOpsKpi/Csv";
    public static readonly DateTime Now = new(2026, 4, 1, 8, 0, 0, DateTimeKind.Utc);

    private KpiPageWebHost(TestDatabase database, PluginTestHost host, TestClock clock)
    {
        Database = database;
        Host = host;
        Clock = clock;
        Client = host.CreateClient();
    }

    public TestDatabase Database { get; }
    public PluginTestHost Host { get; }
    public TestClock Clock { get; }
    public HttpClient Client { get; }
    public Uri BaseAddress => Host.BaseAddress;
    public int StoreId => 1;

    public static async Task<KpiPageWebHost> StartAsync()
    {
        var database = await TestDatabase.CreateAsync(DatabaseEngine.Sqlite);
        try
        {
            await database.InstallPluginSchemaAsync();
            var clock = new TestClock(Now);
            var host = await PluginTestHost.StartAsync(services =>
            {
                services.AddSingleton(database.DataProvider);
                services.AddSingleton<IStaticCacheManager>(database.CacheManager);
                services.AddSingleton(typeof(IRepository<>), typeof(DatabaseRepository<>));
                services.AddSingleton(database);
                services.AddSingleton<IDateTimeHelper, UtcDateTimeHelper>();
                services.AddSingleton<TimeProvider>(clock);
            });
            host.Settings.Seed(PlannerTimeZones.StoreTimeZoneSettingKey, "Europe/Paris");
            var web = new KpiPageWebHost(database, host, clock);
            web.Allow(MerchantOpsDefaults.Permissions.Kpi);
            return web;
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    /// <summary>Only these permissions (and access to the admin area).</summary>
    public void Allow(params string[] permissions) =>
        Host.Permissions.DenyAll().Grant(new[] { StandardPermission.Security.ACCESS_ADMIN_PANEL }.Concat(permissions).ToArray());

    public void SignInAsVendor(int vendorId) => Host.WorkContext.CurrentVendor = new Vendor { Id = vendorId, Name = $"Vendor {vendorId}", Active = true };

    public async Task<string> GetPageAsync(string url = PageUrl)
    {
        using var response = await Client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"GET {url}\n{string.Join("\n", Host.UnhandledExceptions)}\n{html}");
        return html;
    }

    /// <summary>A form POST with the antiforgery token of the page (or none), as the page's forms send it.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string action, bool withToken, params (string Name, string Value)[] fields)
    {
        var values = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).ToList();
        if (withToken)
            values.Add(new("__RequestVerificationToken", await Host.GetAntiforgeryTokenAsync(Client, PageUrl)));
        Host.Notifications.Clear();
        return await Client.PostAsync("Admin/MerchantOpsKpi/" + action, new FormUrlEncodedContent(values));
    }

    public Task SalesAsync(DateOnly day, int orders, decimal revenue, int vendorId = 0, int items = 0, int newCustomers = 0, int returning = 0,
        int refunded = 0, decimal refundedAmount = 0m, int cancelled = 0, decimal cancelledAmount = 0m, int storeId = 1) =>
        Database.Repository<KpiSalesDay>().InsertAsync(new KpiSalesDay
        {
            StoreId = storeId, VendorId = vendorId, LocalDay = KpiDay.Key(day), OrderCount = orders, Revenue = revenue, ItemCount = items,
            NewCustomerCount = newCustomers, ReturningCustomerCount = returning, RefundedOrderCount = refunded, RefundedAmount = refundedAmount,
            CancelledOrderCount = cancelled, CancelledAmount = cancelledAmount, TimeZoneId = "Europe/Paris", ComputedOnUtc = Now
        });

    public Task FunnelAsync(DateOnly day, int visitors, int productViews, int addToCart, int checkout, int orders, int storeId = 1) =>
        Database.Repository<KpiFunnelDay>().InsertAsync(new KpiFunnelDay
        {
            StoreId = storeId, LocalDay = KpiDay.Key(day), VisitorCount = visitors, ProductViewCount = productViews, AddToCartCount = addToCart,
            CheckoutCount = checkout, OrderCount = orders, TimeZoneId = "Europe/Paris", ComputedOnUtc = Now
        });

    public Task SourceAsync(DateOnly day, string source, string medium, string campaign, int visitors, int orders) =>
        Database.Repository<KpiSourceDay>().InsertAsync(new KpiSourceDay
        {
            StoreId = StoreId, LocalDay = KpiDay.Key(day), Source = source, Medium = medium, Campaign = campaign,
            VisitorCount = visitors, OrderCount = orders, ComputedOnUtc = Now
        });

    public Task<List<KpiJournalNote>> NotesAsync() => Database.Repository<KpiJournalNote>().Table.OrderBy(n => n.Id).ToListAsync();

    /// <summary>The element with the id (its outer HTML up to the closing tag of the same name, no nesting of that tag).</summary>
    public static string Element(string html, string tag, string id)
    {
        var match = Regex.Match(html, $"<{tag}[^>]*id=\"{Regex.Escape(id)}\"[^>]*>.*?</{tag}>", RegexOptions.Singleline);
        Assert.That(match.Success, Is.True, $"<{tag} id=\"{id}\"> on the page");
        return match.Value;
    }

    /// <summary>The row of a figure table: label → (this period, previous period, change), decoded.</summary>
    public static (string Current, string Previous, string Change) Figure(string html, string tableId, string key)
    {
        var table = Element(html, "table", tableId);
        var row = Regex.Match(table, $"<tr data-figure=\"{key}\">(.*?)</tr>", RegexOptions.Singleline);
        Assert.That(row.Success, Is.True, $"{key} in {tableId}");
        var cells = Regex.Matches(row.Groups[1].Value, "<td[^>]*>(.*?)</td>", RegexOptions.Singleline).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value.Trim())).ToList();
        return (cells[0], cells[1], cells[2]);
    }

    public static string Text(string html) => WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", " "));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
        await Database.DisposeAsync();
    }
}
