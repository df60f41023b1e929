using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Caching;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Seo;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;
using Nop.Plugin.Misc.MerchantOps.Tests.Replies.Web;
using Nop.Plugin.Misc.MerchantOps.Tests.Web;
using Nop.Services.Seo;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Replies.FollowUps.Links;

/// <summary>
/// A follow-up email's links served by the plugin test host over a SQLite store: Camille ordered a mug (slug "blue-mug")
/// and a cap; a review request was sent for that order (<see cref="ReviewSend"/>) and a cart reminder
/// (<see cref="CartSend"/>); Dominique is another customer; the lamp is in no order of theirs. The store pages the links
/// lead to are nopCommerce's own routes, reproduced with their 4.90.3 names and patterns (no language prefix): the
/// home page "", the cart "cart/", an order's details "orderdetails/{orderId}", a product "{SeName}".
/// </summary>
public sealed class FollowUpLinksWebHost : IAsyncDisposable
{
    private FollowUpLinksWebHost(TestDatabase database, PluginTestHost host, TestClock clock)
    {
        Database = database;
        Host = host;
        Clock = clock;
    }

    public TestDatabase Database { get; }
    public PluginTestHost Host { get; }
    public TestClock Clock { get; }

    public Customer Camille { get; private set; }
    public Customer Dominique { get; private set; }
    public Product Mug { get; private set; }
    public Product Cap { get; private set; }
    public Product Lamp { get; private set; }
    public Order Order { get; private set; }
    public Order DominiquesOrder { get; private set; }
    public FollowUpSend ReviewSend { get; private set; }
    public FollowUpSend CartSend { get; private set; }

    public string Secret => Host.Settings.LoadSettingAsync<MerchantOpsSettings>().Result.FollowUpLinkSecret;

    public static async Task<FollowUpLinksWebHost> StartAsync()
    {
        var database = await TestDatabase.CreateAsync(DatabaseEngine.Sqlite);
        try
        {
            await database.InstallPluginSchemaAsync();
            var clock = new TestClock(StoreData.Now);
            var host = await PluginTestHost.StartAsync(services =>
            {
                services.AddSingleton(database.DataProvider);
                services.AddSingleton<IStaticCacheManager>(database.CacheManager);
                services.AddSingleton(typeof(IRepository<>), typeof(DatabaseRepository<>));
                services.AddSingleton(database);
                services.AddSingleton<TimeProvider>(clock);
                services.AddScoped<IUrlRecordService>(sp => ActivatorUtilities.CreateInstance<RepositoryUrlRecordService>(sp));
            }, MapStoreRoutes);
            var web = new FollowUpLinksWebHost(database, host, clock);
            await web.SeedAsync();
            // As at install: the links' secret is made once.
            await FollowUpLinkSecretInstaller.EnsureSecretAsync(host.Settings);
            return web;
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    /// <summary>nopCommerce's store pages (Nop.Web RouteProvider / GenericUrlRouteProvider route names and patterns); each answers its name.</summary>
    private static void MapStoreRoutes(IEndpointRouteBuilder routes)
    {
        routes.MapGet("", () => "home page").WithName("Homepage");
        routes.MapGet("cart/", () => "cart page").WithName("ShoppingCart");
        routes.MapGet("orderdetails/{orderId:min(0)}", (int orderId) => $"order {orderId}").WithName("OrderDetails");
        routes.MapGet("{SeName}", (string seName) => $"product {seName}").WithName("ProductDetails");
    }

    private async Task SeedAsync()
    {
        var rows = new StoreBuilder(Database);
        var english = await rows.LanguageAsync(StoreData.English());
        await rows.StoreAsync(store => store.DefaultLanguageId = english.Id);
        (Camille, var address) = await rows.CustomerWithAddressAsync("camille@example.com");
        (Dominique, var otherAddress) = await rows.CustomerWithAddressAsync("dominique@example.com");
        Mug = await rows.ProductAsync("MUG-01", p => p.Name = "Blue mug");
        Cap = await rows.ProductAsync("CAP-01", p => p.Name = "Cap");
        Lamp = await rows.ProductAsync("LAMP-01", p => p.Name = "Lamp");
        var slugs = new RepositoryUrlRecordService(Database.Repository<UrlRecord>(), Database.Repository<Language>());
        await slugs.SaveSlugAsync(Mug, "blue-mug", 0);
        await slugs.SaveSlugAsync(Cap, "cap", 0);
        await slugs.SaveSlugAsync(Lamp, "lamp", 0);
        Order = await rows.OrderAsync(Camille, address, (Mug, 1), (Cap, 2));
        DominiquesOrder = await rows.OrderAsync(Dominique, otherAddress, (Lamp, 1));

        ReviewSend = await SendAsync(FollowUpTrigger.ReviewRequest, Camille, Order.Id, Order.Id);
        CartSend = await SendAsync(FollowUpTrigger.AbandonedCart, Camille, Camille.Id, 0);
    }

    private async Task<FollowUpSend> SendAsync(FollowUpTrigger trigger, Customer customer, int targetId, int orderId)
    {
        var rule = new FollowUpRule { Name = trigger.ToString(), Trigger = trigger, ReplyId = 1, DelayHours = 24, CreatedOnUtc = Clock.UtcNow, UpdatedOnUtc = Clock.UtcNow };
        await Database.Repository<FollowUpRule>().InsertAsync(rule);
        var send = new FollowUpSend
        {
            RuleId = rule.Id, StoreId = 1, CustomerId = customer.Id, TargetId = targetId, OrderId = orderId,
            Status = FollowUpSendStatus.Queued, SendKey = Guid.NewGuid(), ClickToken = Guid.NewGuid(),
            CreatedOnUtc = Clock.UtcNow, SentOnUtc = Clock.UtcNow
        };
        await Database.Repository<FollowUpSend>().InsertAsync(send);
        return send;
    }

    /// <summary>The links as the plugin makes them for an email (absolute on the store's URL), and their path on this host.</summary>
    public async Task<string> LinkAsync(Func<IFollowUpLinks, Task<string>> make)
    {
        using var scope = Host.Services.CreateScope();
        return await make(scope.ServiceProvider.GetRequiredService<IFollowUpLinks>());
    }

    /// <summary>The path of an absolute link (what the browser asks this host for).</summary>
    public static string PathOf(string url) => new Uri(url).PathAndQuery.TrimStart('/');

    /// <summary>A customer's browser: no login, keeps cookies (antiforgery), does not follow redirects.</summary>
    public HttpClient Browser() => Host.CreateClient();

    public Task<FollowUpSend> ReloadAsync(FollowUpSend send) => Database.Repository<FollowUpSend>().GetByIdAsync(send.Id);

    public Task<List<FollowUpOptOut>> OptOutsAsync() => Database.Repository<FollowUpOptOut>().Table.OrderBy(o => o.Id).ToListAsync();

    /// <summary>The text of the page's message, decoded.</summary>
    public static string MessageOf(string html)
    {
        var match = Regex.Match(html, "<p class=\"message [a-z]+\" id=\"followup-unsubscribe-message\">(.*?)</p>", RegexOptions.Singleline);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    public static bool HasButton(string html) => html.Contains("id=\"followup-unsubscribe-button\"", StringComparison.Ordinal);

    /// <summary>Posts the page's form (its antiforgery token, read from <paramref name="tokenPage"/>) to <paramref name="path"/>.</summary>
    public async Task<HttpResponseMessage> PostAsync(HttpClient browser, string path, string tokenPage)
    {
        var token = await Host.GetAntiforgeryTokenAsync(browser, tokenPage);
        return await browser.PostAsync(path, new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Database.DisposeAsync();
    }
}
