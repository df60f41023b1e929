using Nop.Core.Domain.Orders;
using Nop.Core.Events;
using Nop.Services.Events;
using Nop.Web.Framework.Events;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Capture;

/// <summary>
/// The capture points, nopCommerce's events: a page rendered by a layout (the storefront's head partial; the admin
/// layouts publish it too and are ignored), an item inserted in a shopping cart, an order placed. The capture is
/// resolved only when used, so an admin page builds none of it.
/// </summary>
public class KpiCaptureConsumer :
    IConsumer<PageRenderingEvent>,
    IConsumer<EntityInsertedEvent<ShoppingCartItem>>,
    IConsumer<OrderPlacedEvent>
{
    private readonly Lazy<KpiTrafficCapture> _capture;
    private readonly Microsoft.AspNetCore.Http.IHttpContextAccessor _httpContextAccessor;

    public KpiCaptureConsumer(Lazy<KpiTrafficCapture> capture, Microsoft.AspNetCore.Http.IHttpContextAccessor httpContextAccessor)
    {
        _capture = capture;
        _httpContextAccessor = httpContextAccessor;
    }

    public Task HandleEventAsync(PageRenderingEvent eventMessage)
    {
        var httpContext = _httpContextAccessor.HttpContext;
        if (httpContext == null || KpiTrafficCapture.IsAdminRequest(httpContext))
            return Task.CompletedTask;
        return _capture.Value.PageRenderedAsync(eventMessage.GetRouteName());
    }

    public Task HandleEventAsync(EntityInsertedEvent<ShoppingCartItem> eventMessage) => _capture.Value.CartItemAddedAsync(eventMessage.Entity);

    public Task HandleEventAsync(OrderPlacedEvent eventMessage) => _capture.Value.OrderPlacedAsync(eventMessage.Order);
}
