using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Caching;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Security;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Planner.Domain;
using Nop.Plugin.Misc.MerchantOps.Planner.Services;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;
using Nop.Plugin.Misc.MerchantOps.Tests.Replies.Web;
using Nop.Plugin.Misc.MerchantOps.Tests.Web;
using Nop.Services.Customers;
using Nop.Services.Helpers;
using Nop.Services.Security;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Planner.Web;

/// <summary>
/// The planner's screens served by the plugin test host over a SQLite store (<see cref="PlannerScenario"/>: Paris,
/// Alice and Bob, the clock on Monday 2 March 2026 09:00 Paris). The planner services are the plugin's own, registered
/// by PlannerStartup per request as in a store; under them the test database's repositories, the store's time zone
/// setting, and nopCommerce's access control with one role (Planners: Alice and Bob) holding the Planner permission.
/// </summary>
public sealed class PlannerWebHost : ITestSite
{
    private PlannerWebHost(TestDatabase database, PlannerScenario store, PluginTestHost host)
    {
        Database = database;
        Store = store;
        Host = host;
        Client = host.CreateClient();
    }

    public TestDatabase Database { get; }
    public PlannerScenario Store { get; }
    public PluginTestHost Host { get; }
    public HttpClient Client { get; }
    public Uri BaseAddress => Host.BaseAddress;

    public static async Task<PlannerWebHost> StartAsync(Action<IServiceCollection> configureServices = null)
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
                services.AddSingleton<ICustomerService>(sp => new StoreCustomerService(sp.GetRequiredService<AdminWorkContext>(), database));
                services.AddSingleton<IDateTimeHelper, UtcDateTimeHelper>();
                services.AddSingleton<TimeProvider>(store.Clock);
                configureServices?.Invoke(services);
            });
            host.Settings.Seed(PlannerTimeZones.StoreTimeZoneSettingKey, "Europe/Paris");
            await GrantPlannerRoleAsync(host, database, store.Alice, store.Bob);
            var web = new PlannerWebHost(database, store, host);
            web.SignIn(store.Alice);
            return web;
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    /// <summary>A role "Planners" with the Planner permission (nopCommerce's access control), its members in the database.</summary>
    private static async Task GrantPlannerRoleAsync(PluginTestHost host, TestDatabase database, params Customer[] members)
    {
        var role = new CustomerRole { Name = "Planners", SystemName = "Planners", Active = true };
        await database.Repository<CustomerRole>().InsertAsync(role);
        foreach (var member in members)
            await database.Repository<CustomerCustomerRoleMapping>().InsertAsync(new CustomerCustomerRoleMapping { CustomerId = member.Id, CustomerRoleId = role.Id });

        var permissions = host.Services.GetRequiredService<IPermissionService>();
        var record = new PermissionRecord { Name = "Planner", SystemName = MerchantOpsDefaults.Permissions.Planner, Category = MerchantOpsDefaults.Permissions.Category };
        await permissions.InsertPermissionRecordAsync(record);
        await permissions.InsertPermissionRecordCustomerRoleMappingAsync(new PermissionRecordCustomerRoleMapping { PermissionRecordId = record.Id, CustomerRoleId = role.Id });
    }

    public void SignIn(Customer staff, int vendorId = 0)
    {
        Host.WorkContext.CurrentCustomer = staff;
        Host.WorkContext.CurrentVendor = vendorId == 0 ? null : new Nop.Core.Domain.Vendors.Vendor { Id = vendorId, Name = $"Vendor {vendorId}", Active = true };
    }

    /// <summary>Only these permissions (and access to the admin area).</summary>
    public void Allow(params string[] permissions) =>
        Host.Permissions.DenyAll().Grant(new[] { StandardPermission.Security.ACCESS_ADMIN_PANEL }.Concat(permissions).ToArray());

    public async Task<string> GetPageAsync(string url)
    {
        using var response = await Client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"GET {url}\n{string.Join("\n", Host.UnhandledExceptions)}\n{html}");
        return html;
    }

    /// <summary>A form POST with the antiforgery token of <paramref name="tokenPage"/> (null: none), as a browser sends it.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string url, string tokenPage, params (string Name, string Value)[] fields)
    {
        var values = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).ToList();
        if (tokenPage != null)
            values.Add(new("__RequestVerificationToken", await Host.GetAntiforgeryTokenAsync(Client, tokenPage)));
        Host.Notifications.Clear();
        return await Client.PostAsync(url, new FormUrlEncodedContent(values));
    }

    /// <summary>A POST as planner.js and the agenda send it: Accept: application/json, the token as a header.</summary>
    public async Task<(HttpStatusCode Status, string Body)> PostJsonAsync(string url, string tokenPage, params (string Name, string Value)[] fields)
    {
        var token = await Host.GetAntiforgeryTokenAsync(Client, tokenPage);
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)))
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Add("X-Requested-With", "XMLHttpRequest");
        request.Headers.Add("RequestVerificationToken", token);
        using var response = await Client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public Task<List<PlannerBlock>> BlocksAsync() => Database.Repository<PlannerBlock>().Table.OrderBy(b => b.Id).ToListAsync();
    public Task<List<PlannerOccurrenceCompletion>> CompletionsAsync() => Database.Repository<PlannerOccurrenceCompletion>().Table.ToListAsync();
    public Task<List<PlannerOccurrenceException>> ExceptionsAsync() => Database.Repository<PlannerOccurrenceException>().Table.ToListAsync();

    /// <summary>A block written through the planner's own service, as Alice (a request scope of the host).</summary>
    public async Task<PlannerBlock> BlockAsync(string title, DateTime startLocal, string rule = null, int minutes = 60,
        PlannerLiveBinding binding = PlannerLiveBinding.None, int assigneeId = 0)
    {
        using var scope = Host.Services.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<IPlannerBlockService>()
            .CreateAsync(Store.Request(title, startLocal, rule, minutes, assigneeId, binding));
        Assert.That(result.Succeeded, Is.True, result.ResourceKey);
        return await Database.Repository<PlannerBlock>().GetByIdAsync(result.BlockId);
    }

    /// <summary>Runs something with the planner's services of one request scope.</summary>
    public async Task<T> WithServicesAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        using var scope = Host.Services.CreateScope();
        return await action(scope.ServiceProvider);
    }

    public static string Text(string html) => WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", " "));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
        await Database.DisposeAsync();
    }
}
