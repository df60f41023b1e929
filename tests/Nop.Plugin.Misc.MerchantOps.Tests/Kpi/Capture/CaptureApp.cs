using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Core.Events;
using Nop.Plugin.Misc.MerchantOps.Kpi.Capture;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;
using Nop.Services.Helpers;
using Nop.Web.Framework.Events;
using Nop.Web.Framework.UI;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Kpi.Capture;

/// <summary>
/// One app instance of the store with the capture: <see cref="StoreApp"/> (the plugin's startups and consumers) with
/// nopCommerce's user-agent helper, the capture's events delivered to the plugin's consumers. A page
/// view is what nopCommerce's storefront does: a request (host, query, referrer, area) whose current customer is the
/// visitor, and the head partial publishing PageRenderingEvent with an HTML helper that knows the route name. A cart
/// item is inserted through the repository (nopCommerce's EntityInsertedEvent); an order placed is published as
/// nopCommerce's order processing does.
/// </summary>
public sealed class CaptureApp
{
    public const string StoreHost = "www.shop.test";

    public CaptureApp(TestDatabase database, TestClock clock, Nop.Core.Domain.Stores.Store store)
    {
        // always an instance of its own (own memo, cache and events): events reach only this app's consumers
        StoreApp = new StoreApp(database, clock, anotherInstance: true, replace: services =>
        {
            services.AddSingleton(UserAgent);
            services.AddSingleton<IUserAgentHelper>(UserAgent);
            services.AddSingleton<Nop.Core.IStoreContext>(new RequestStoreContext(store));
        });
        StoreApp.DeliverToConsumers<PageRenderingEvent>()
            .DeliverToConsumers<EntityInsertedEvent<ShoppingCartItem>>()
            .DeliverToConsumers<OrderPlacedEvent>();
    }

    public StoreApp StoreApp { get; }

    public FakeUserAgentHelper UserAgent { get; } = new();

    public KpiCaptureMemo Memo => StoreApp.Get<KpiCaptureMemo>();

    public IKpiTrafficRollupService Rollup => StoreApp.Get<IKpiTrafficRollupService>();

    /// <summary>A storefront page rendered for <paramref name="visitor"/> (query like "?utm_source=x", referrer, area "Admin" for an admin page).</summary>
    public async Task PageViewAsync(Customer visitor, string routeName = "Homepage", string query = null, string referrer = null,
        string area = null, string path = "/")
    {
        SignIn(visitor, query, referrer, area, path);
        var helper = new Mock<INopHtmlHelper>();
        helper.Setup(h => h.GetRouteName(It.IsAny<bool>())).Returns(routeName);
        await StoreApp.Events.PublishAsync(new PageRenderingEvent(helper.Object));
    }

    /// <summary>The visitor puts a product in their cart (or wish list) in the store.</summary>
    public async Task AddToCartAsync(Customer visitor, int storeId, int productId, ShoppingCartType type = ShoppingCartType.ShoppingCart)
    {
        SignIn(visitor, null, null, null, "/addproducttocart/details/" + productId);
        await StoreApp.Repo<ShoppingCartItem>().InsertAsync(new ShoppingCartItem
        {
            StoreId = storeId, CustomerId = visitor.Id, ProductId = productId, ShoppingCartType = type, Quantity = 1,
            AttributesXml = string.Empty, CreatedOnUtc = StoreApp.Clock.UtcNow, UpdatedOnUtc = StoreApp.Clock.UtcNow
        });
    }

    /// <summary>nopCommerce's order processing places <paramref name="order"/> in the visitor's request.</summary>
    public async Task OrderPlacedAsync(Customer visitor, Order order)
    {
        SignIn(visitor, null, null, null, "/checkout/confirm");
        await StoreApp.Events.PublishAsync(new OrderPlacedEvent(order));
    }

    private void SignIn(Customer visitor, string query, string referrer, string area, string path)
    {
        StoreApp.Context.Customer = visitor;
        var httpContext = new DefaultHttpContext();
        httpContext.Request.Scheme = "https";
        httpContext.Request.Host = new HostString(StoreHost);
        httpContext.Request.Path = path;
        httpContext.Request.QueryString = new QueryString(query);
        httpContext.Request.Headers.UserAgent = "Mozilla/5.0";
        httpContext.Connection.RemoteIpAddress = System.Net.IPAddress.Parse("203.0.113.7");
        if (referrer != null)
            httpContext.Request.Headers.Referer = referrer;
        if (area != null)
            httpContext.Request.RouteValues["area"] = area;
        StoreApp.Get<IHttpContextAccessor>().HttpContext = httpContext;
    }
}
