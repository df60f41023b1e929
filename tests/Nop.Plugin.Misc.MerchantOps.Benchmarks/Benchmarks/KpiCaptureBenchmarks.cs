using BenchmarkDotNet.Attributes;
using LinqToDB.Data;
using Microsoft.AspNetCore.Http;
using Moq;
using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Stores;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Kpi.Capture;
using Nop.Plugin.Misc.MerchantOps.Planner.Services;
using Nop.Services.Configuration;
using Nop.Services.Customers;
using Nop.Services.Helpers;
using Nop.Services.Security;
using Nop.Web.Framework.Events;
using Nop.Web.Framework.UI;

namespace Nop.Plugin.Misc.MerchantOps.Benchmarks.Benchmarks;

/// <summary>
/// The capture's overhead on a storefront page view whose step did not change (target ≤ 50 µs): the plugin's consumer
/// handling nopCommerce's PageRenderingEvent for a visitor whose step this instance already wrote today. nopCommerce's
/// side (current customer and store, user-agent check, route name) answers from memory as it does within a request;
/// the data provider throws, so any database call fails the run. A product page after a product page, and a home page
/// after a checkout page (the furthest step stays).
/// </summary>
[BenchmarkCategory("Kpi")]
[MemoryDiagnoser]
public class KpiCaptureOverheadBenchmarks
{
    private KpiCaptureConsumer _consumer;
    private PageRenderingEvent _productPage;
    private PageRenderingEvent _homePage;
    private HttpContextAccessor _accessor;
    private DefaultHttpContext _httpContext;

    [GlobalSetup]
    public void Setup()
    {
        var store = new Store { Id = 1, Url = "https://shop.test/", Hosts = "shop.test" };
        var customer = new Customer { Id = 4242, CustomerGuid = Guid.NewGuid() };
        var workContext = new Mock<IWorkContext>();
        workContext.Setup(w => w.GetCurrentCustomerAsync()).ReturnsAsync(customer);
        var storeContext = new Mock<IStoreContext>();
        storeContext.Setup(s => s.GetCurrentStoreAsync()).ReturnsAsync(store);
        var userAgent = new Mock<IUserAgentHelper>();
        var settings = new Mock<ISettingService>();
        settings.Setup(s => s.GetSettingByKeyAsync<string>(PlannerTimeZones.StoreTimeZoneSettingKey, null, 1, true)).ReturnsAsync("Europe/Paris");
        var permissions = new Mock<IPermissionService>();
        var written = 0;
        var dataProvider = new Mock<INopDataProvider>();
        dataProvider.SetupGet(d => d.ConfigurationName).Returns("PostgreSQL");
        dataProvider.Setup(d => d.ExecuteNonQueryAsync(It.IsAny<string>(), It.IsAny<DataParameter[]>()))
            .ReturnsAsync(() => written++ < 2 ? 1 : throw new InvalidOperationException("a page view without a step change called the database"));

        _httpContext = new DefaultHttpContext();
        _httpContext.Request.Host = new HostString("shop.test");
        _httpContext.Request.Path = "/green-tea";
        _httpContext.Request.Headers.UserAgent = "Mozilla/5.0";
        _accessor = new HttpContextAccessor { HttpContext = _httpContext };

        var capture = new KpiTrafficCapture(Mock.Of<ICustomerService>(), _accessor, new KpiCaptureMemo(), permissions.Object, storeContext.Object,
            TimeProvider.System, new PlannerTimeZones(settings.Object), new KpiVisitUpsert(dataProvider.Object), userAgent.Object, workContext.Object);
        _consumer = new KpiCaptureConsumer(new Lazy<KpiTrafficCapture>(() => capture), _accessor);

        _productPage = new PageRenderingEvent(HelperFor("ProductDetails"));
        _homePage = new PageRenderingEvent(HelperFor("Homepage"));
        _consumer.HandleEventAsync(new PageRenderingEvent(HelperFor("ProductDetails"))).GetAwaiter().GetResult(); // the day's first write
        _consumer.HandleEventAsync(new PageRenderingEvent(HelperFor("CheckoutOnePage"))).GetAwaiter().GetResult(); // the step advances once
    }

    [Benchmark(Description = "Page view, step unchanged (product page)")]
    public Task ProductPageAgain()
    {
        _accessor.HttpContext = _httpContext;
        return _consumer.HandleEventAsync(_productPage);
    }

    [Benchmark(Description = "Page view, step unchanged (home page)")]
    public Task HomePageAgain()
    {
        _accessor.HttpContext = _httpContext;
        return _consumer.HandleEventAsync(_homePage);
    }

    private static INopHtmlHelper HelperFor(string routeName)
    {
        var helper = new Mock<INopHtmlHelper>();
        helper.Setup(h => h.GetRouteName(It.IsAny<bool>())).Returns(routeName);
        return helper.Object;
    }
}
