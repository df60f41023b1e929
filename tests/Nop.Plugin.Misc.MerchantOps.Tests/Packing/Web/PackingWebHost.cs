using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Directory;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Shipping;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;
using Nop.Plugin.Misc.MerchantOps.Packing.Services;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;
using Nop.Plugin.Misc.MerchantOps.Tests.Web;
using Nop.Services.Helpers;
using Nop.Services.Stores;
using Nop.Web.Areas.Admin.Factories;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Packing.Web;

/// <summary>
/// The packing screens served by the plugin test host over the real packing services and a SQLite store
/// (<see cref="PackingScenario"/>): what a packer's browser gets. The signed-in packer is the same for the host's
/// work context and the packing services.
/// </summary>
public sealed class PackingWebHost : ITestSite
{
    private PackingWebHost(TestDatabase database, PackingScenario store, PluginTestHost host)
    {
        Database = database;
        Store = store;
        Host = host;
        Client = host.CreateClient();
    }

    public TestDatabase Database { get; }
    public PackingScenario Store { get; }
    public PackingApp App => Store.App;
    public PluginTestHost Host { get; }
    public HttpClient Client { get; }
    public Uri BaseAddress => Host.BaseAddress;

    public static async Task<PackingWebHost> StartAsync(Action<IServiceCollection> configureServices = null)
    {
        var database = await TestDatabase.CreateAsync(DatabaseEngine.Sqlite);
        try
        {
            var store = await PackingScenario.CreateAsync(database);
            var host = await PluginTestHost.StartAsync(services =>
            {
                AddPackingServices(services, database, store);
                configureServices?.Invoke(services);
            });
            var web = new PackingWebHost(database, store, host);
            web.SignIn(store.App.Context.Customer);
            return web;
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    /// <summary>The packing services of the scenario, the repositories the screens read, and nopCommerce's helpers.</summary>
    private static void AddPackingServices(IServiceCollection services, TestDatabase database, PackingScenario store)
    {
        var app = store.App;
        services.AddSingleton(app.Queue);
        services.AddSingleton(app.Batches);
        services.AddSingleton(app.Workflow);
        services.AddSingleton(app.PickLists);
        services.AddSingleton(app.Scans);
        services.AddSingleton(app.Shipping);
        services.AddSingleton(app.Reports);
        services.AddSingleton(app.Packers);
        services.AddSingleton(app.ProductSearch);
        services.AddSingleton<Nop.Services.Media.IPictureService>(new Harness.Fakes.FakePictureService());
        services.AddSingleton(database.Repository<Order>());
        services.AddSingleton(database.Repository<Address>());
        services.AddSingleton(database.Repository<Country>());
        services.AddSingleton(database.Repository<StateProvince>());
        services.AddSingleton<TimeProvider>(store.Clock);
        services.AddSingleton<IDateTimeHelper, UtcDateTimeHelper>();
        services.AddSingleton<IBaseAdminModelFactory>(sp => new TestBaseAdminModelFactory(sp.GetRequiredService<IStoreService>(), database.Repository<Warehouse>()));
    }

    /// <summary>Signs the packer in, for the admin pages and the packing services alike (a vendor's staff with their vendor id).</summary>
    public void SignIn(Customer packer, int vendorId = 0)
    {
        App.As(packer, vendorId);
        Host.WorkContext.CurrentCustomer = packer;
        Host.WorkContext.CurrentVendor = App.Context.Vendor;
    }

    public async Task<string> GetPageAsync(string url)
    {
        using var response = await Client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"GET {url}\n{string.Join("\n", Host.UnhandledExceptions)}\n{html}");
        return html;
    }

    /// <summary>A form POST with the antiforgery token of <paramref name="tokenPage"/>, as a browser sends it.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string url, string tokenPage, params (string Name, string Value)[] fields)
    {
        var token = await Host.GetAntiforgeryTokenAsync(Client, tokenPage);
        Host.Notifications.Clear();
        var values = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", token));
        return await Client.PostAsync(url, new FormUrlEncodedContent(values));
    }

    /// <summary>An AJAX POST (X-Requested-With), as packing.js and the grids send it.</summary>
    public async Task<string> PostAjaxAsync(string url, string tokenPage, params (string Name, string Value)[] fields)
    {
        var token = await Host.GetAntiforgeryTokenAsync(Client, tokenPage);
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)))
        };
        request.Headers.Add("X-Requested-With", "XMLHttpRequest");
        request.Headers.Add("RequestVerificationToken", token);
        using var response = await Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"POST {url}\n{string.Join("\n", Host.UnhandledExceptions)}\n{body}");
        return body;
    }

    public static string Text(string html) => WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", " "));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
        await Database.DisposeAsync();
    }
}

/// <summary>nopCommerce's select lists the packing filters use: "All" first, then the stores or warehouses.</summary>
public sealed class TestBaseAdminModelFactory : IBaseAdminModelFactory
{
    private readonly IStoreService _storeService;
    private readonly IRepository<Warehouse> _warehouses;

    public TestBaseAdminModelFactory(IStoreService storeService, IRepository<Warehouse> warehouses)
    {
        _storeService = storeService;
        _warehouses = warehouses;
    }

    public async Task PrepareStoresAsync(IList<SelectListItem> items, bool withSpecialDefaultItem = true, string defaultItemText = null)
    {
        if (withSpecialDefaultItem)
            items.Add(new SelectListItem(defaultItemText ?? "All", "0"));
        foreach (var store in await _storeService.GetAllStoresAsync())
            items.Add(new SelectListItem(store.Name, store.Id.ToString()));
    }

    public async Task PrepareWarehousesAsync(IList<SelectListItem> items, bool withSpecialDefaultItem = true, string defaultItemText = null)
    {
        if (withSpecialDefaultItem)
            items.Add(new SelectListItem(defaultItemText ?? "All", "0"));
        foreach (var warehouse in await _warehouses.Table.OrderBy(w => w.Name).ToListAsync())
            items.Add(new SelectListItem(warehouse.Name, warehouse.Id.ToString()));
    }

    public Task PrepareOrderStatusesAsync(IList<SelectListItem> items, bool withSpecialDefaultItem = true, string defaultItemText = null) => Task.CompletedTask;
    public Task PreparePaymentStatusesAsync(IList<SelectListItem> items, bool withSpecialDefaultItem = true, string defaultItemText = null) => Task.CompletedTask;
    public Task PrepareShippingStatusesAsync(IList<SelectListItem> items, bool withSpecialDefaultItem = true, string defaultItemText = null) => Task.CompletedTask;
    public Task PrepareLanguagesAsync(IList<SelectListItem> items, bool withSpecialDefaultItem = true, string defaultItemText = null) => Task.CompletedTask;
    public Task PrepareCustomerRolesAsync(IList<SelectListItem> items, bool withSpecialDefaultItem = true, string defaultItemText = null) => Task.CompletedTask;
    public Task PrepareEmailAccountsAsync(IList<SelectListItem> items, bool withSpecialDefaultItem = true, string defaultItemText = null) => Task.CompletedTask;
    public Task PrepareVendorsAsync(IList<SelectListItem> items, bool withSpecialDefaultItem = true, string defaultItemText = null) => Task.CompletedTask;
}
