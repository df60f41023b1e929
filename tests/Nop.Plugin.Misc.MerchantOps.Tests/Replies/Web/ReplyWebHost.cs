using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Razor.RuntimeCompilation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Nop.Core.Domain.Cms;
using Nop.Core.Caching;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Messages;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;
using Nop.Plugin.Misc.MerchantOps.Tests.Packing.Web;
using Nop.Plugin.Misc.MerchantOps.Tests.Web;
using Nop.Services.Customers;
using Nop.Services.Helpers;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Services.Orders;
using Nop.Services.Seo;
using Nop.Services.Shipping;
using Nop.Services.Topics;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Replies.Web;

/// <summary>
/// The reply screens and cards served by the plugin test host over a SQLite store with the plugin's real schema.
/// The reply services are the plugin's own, resolved from its INopStartup classes as nopCommerce resolves them; the
/// nopCommerce services under them are the row-writing fakes of Harness/Fakes (orders, notes, queued emails, email
/// accounts, token provider, tokenizer, topics), so what a send does is read back from the tables.
/// </summary>
public sealed class ReplyWebHost : ITestSite
{
    private ReplyWebHost(TestDatabase database, ReplyStore store, PluginTestHost host)
    {
        Database = database;
        Store = store;
        Host = host;
        Client = host.CreateClient();
    }

    /// <summary>The folder of this file: RepliesProbe/ holds the probe pages.</summary>
    public static string ProbeRoot => Path.Combine(PluginTestHost.TestsRoot, "Nop.Plugin.Misc.MerchantOps.Tests", "Replies", "Web");

    public TestDatabase Database { get; }
    public ReplyStore Store { get; }
    public PluginTestHost Host { get; }
    public HttpClient Client { get; }
    public Uri BaseAddress => Host.BaseAddress;

    public static async Task<ReplyWebHost> StartAsync(Action<IServiceCollection> configureServices = null)
    {
        var database = await TestDatabase.CreateAsync(DatabaseEngine.Sqlite);
        try
        {
            var store = await ReplyStore.CreateAsync(database);
            var host = await PluginTestHost.StartAsync(services =>
            {
                AddStoreServices(services, database, store);
                //the order/customer page probes (Replies/Web/RepliesProbe), served as ~/RepliesProbe/...
                services.Configure<MvcRazorRuntimeCompilationOptions>(options => options.FileProviders.Add(new PhysicalFileProvider(ProbeRoot)));
                configureServices?.Invoke(services);
            });
            //the plugin is an active widget, as its install makes it
            await host.Settings.SaveSettingAsync(new WidgetSettings { ActiveWidgetSystemNames = new List<string> { MerchantOpsDefaults.SystemName } });
            var web = new ReplyWebHost(database, store, host);
            web.SignIn(store.Staff);
            return web;
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    /// <summary>Repositories of the test database and nopCommerce's services as row-writing fakes (the follow-up screens' host uses them too).</summary>
    internal static void AddStoreServices(IServiceCollection services, TestDatabase database, ReplyStore store)
    {
        services.AddSingleton(database.DataProvider);
        services.AddSingleton<IStaticCacheManager>(database.CacheManager);
        services.AddSingleton(typeof(IRepository<>), typeof(DatabaseRepository<>));
        services.AddSingleton(database);

        services.AddSingleton<ILanguageService, RepositoryLanguageService>();
        services.AddSingleton<ICustomerService>(sp => new StoreCustomerService(sp.GetRequiredService<AdminWorkContext>(), database));
        services.AddSingleton<IShipmentService>(sp => new RepositoryShipmentService(database.Repository<Nop.Core.Domain.Shipping.Shipment>(),
            database.Repository<Nop.Core.Domain.Shipping.ShipmentItem>()));
        services.AddSingleton<IOrderService>(sp => new RepositoryOrderService(database.Repository<Nop.Core.Domain.Orders.Order>(),
            database.Repository<Nop.Core.Domain.Orders.OrderItem>(), database.Repository<Nop.Core.Domain.Orders.OrderNote>(),
            database.Repository<Nop.Core.Domain.Catalog.Product>(), sp.GetRequiredService<IShipmentService>(), null));
        //the packing card on the order page reads the order's batch through the packing services
        services.AddSingleton<Nop.Services.Catalog.IProductAttributeParser>(sp =>
            new RepositoryProductAttributeParser(database.Repository<Nop.Core.Domain.Catalog.ProductAttributeCombination>()));
        services.AddSingleton<IQueuedEmailService>(sp => new RepositoryQueuedEmailService(database.Repository<QueuedEmail>()));
        services.AddSingleton<IEmailAccountService>(sp => new RepositoryEmailAccountService(database.Repository<EmailAccount>()));
        services.AddSingleton<IMessageTokenProvider>(sp => new RepositoryMessageTokenProvider(type =>
            typeof(TestDatabase).GetMethod(nameof(TestDatabase.Repository))!.MakeGenericMethod(type).Invoke(database, null)));
        services.AddSingleton<ITokenizer, TestTokenizer>();
        services.AddSingleton<ILocalizedEntityService>(sp => new RepositoryLocalizedEntityService(database.Repository<Nop.Core.Domain.Localization.LocalizedProperty>()));
        services.AddSingleton<ITopicService>(sp => new RepositoryTopicService(database.Repository<Nop.Core.Domain.Topics.Topic>()));
        services.AddSingleton<IUrlRecordService>(sp => new RepositoryUrlRecordService(database.Repository<Nop.Core.Domain.Seo.UrlRecord>(),
            database.Repository<Nop.Core.Domain.Localization.Language>()));
        services.AddSingleton(sp => new EmailAccountSettings { DefaultEmailAccountId = store.EmailAccount?.Id ?? 0 });
        services.AddSingleton<IDateTimeHelper, UtcDateTimeHelper>();
        services.AddSingleton(TimeProvider.System);
    }

    /// <summary>Signs a member of staff in (a vendor's staff with their vendor id).</summary>
    public void SignIn(Customer staff, int vendorId = 0)
    {
        Host.WorkContext.CurrentCustomer = staff;
        Host.WorkContext.CurrentVendor = vendorId == 0 ? null : new Nop.Core.Domain.Vendors.Vendor { Id = vendorId, Name = $"Vendor {vendorId}", Active = true };
    }

    /// <summary>Only these permissions (and access to the admin area).</summary>
    public void Allow(params string[] permissions) =>
        Host.Permissions.DenyAll().Grant(new[] { Nop.Services.Security.StandardPermission.Security.ACCESS_ADMIN_PANEL }.Concat(permissions).ToArray());

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

    /// <summary>An AJAX POST (X-Requested-With, the token as a header), as replies.js and the grids send it.</summary>
    public async Task<(HttpStatusCode Status, string Body)> PostAjaxAsync(string url, string tokenPage, params (string Name, string Value)[] fields) =>
        await PostAjaxWithTokenAsync(url, await Host.GetAntiforgeryTokenAsync(Client, tokenPage), fields);

    /// <summary>The same with a token already read (requests sent at once share the page's token, as two clicks do).</summary>
    public async Task<(HttpStatusCode Status, string Body)> PostAjaxWithTokenAsync(string url, string token, params (string Name, string Value)[] fields)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)))
        };
        request.Headers.Add("X-Requested-With", "XMLHttpRequest");
        if (token != null)
            request.Headers.Add("RequestVerificationToken", token);
        using var response = await Client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public static string Text(string html) => WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", " "));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
        await Database.DisposeAsync();
    }
}

/// <summary>IRepository&lt;T&gt; of any entity, from the test database (one per type, as the test code's own).</summary>
public sealed class DatabaseRepository<T> : EntityRepository<T> where T : Nop.Core.BaseEntity
{
    public DatabaseRepository(TestDatabase database)
        : base(database.EventPublisher, database.DataProvider, database.CacheManager)
    {
    }
}

/// <summary>Customers from the store's tables; roles as the host's fake knows them.</summary>
public sealed class StoreCustomerService : ICustomerService
{
    private readonly InMemoryCustomerService _roles;
    private readonly TestDatabase _database;

    public StoreCustomerService(AdminWorkContext workContext, TestDatabase database)
    {
        _roles = new InMemoryCustomerService(workContext);
        _database = database;
    }

    public async Task<Customer> GetCustomerByIdAsync(int customerId) =>
        customerId == 0 ? null : await _database.Repository<Customer>().GetByIdAsync(customerId);

    public Task<string> GetCustomerFullNameAsync(Customer customer) => Task.FromResult($"{customer?.FirstName} {customer?.LastName}".Trim());
    public Task<CustomerRole> GetCustomerRoleBySystemNameAsync(string systemName) => _roles.GetCustomerRoleBySystemNameAsync(systemName);
    public Task<IList<CustomerRole>> GetCustomerRolesAsync(Customer customer, bool showHidden = false) => _roles.GetCustomerRolesAsync(customer, showHidden);
    public Task<int[]> GetCustomerRoleIdsAsync(Customer customer, bool showHidden = false) => _roles.GetCustomerRoleIdsAsync(customer, showHidden);
    public Task<bool> IsAdminAsync(Customer customer, bool onlyActiveCustomerRoles = true) => _roles.IsAdminAsync(customer, onlyActiveCustomerRoles);
    public Task<bool> IsVendorAsync(Customer customer, bool onlyActiveCustomerRoles = true) => _roles.IsVendorAsync(customer, onlyActiveCustomerRoles);
}
