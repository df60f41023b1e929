using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;
using Nop.Plugin.Misc.MerchantOps.Planner.Services;
using Nop.Services.Customers;
using Nop.Services.Helpers;
using Nop.Services.Security;
using Nop.Web.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Capture;

/// <summary>
/// Records the storefront's traffic: for the current visitor (nopCommerce's current customer, guests included) of a
/// store, the day's furthest funnel step, written only when it advances. Not recorded, and costing no write: admin-area
/// pages, search engines and bots (nopCommerce's user-agent detection, and its built-in search-engine and
/// background-task accounts), a staff member impersonating a customer, and customers whose roles may open the admin
/// area (checked once per customer and remembered). A page view whose step this instance already wrote that day makes no
/// database call (<see cref="KpiCaptureMemo"/>); otherwise one conditional upsert (<see cref="KpiVisitUpsert"/>).
/// </summary>
public class KpiTrafficCapture
{
    private readonly ICustomerService _customerService;
    private readonly IHttpContextAccessor _httpContextAccessor;
    private readonly KpiCaptureMemo _memo;
    private readonly IPermissionService _permissionService;
    private readonly IStoreContext _storeContext;
    private readonly TimeProvider _timeProvider;
    private readonly PlannerTimeZones _timeZones;
    private readonly KpiVisitUpsert _upsert;
    private readonly IUserAgentHelper _userAgentHelper;
    private readonly IWorkContext _workContext;

    public KpiTrafficCapture(ICustomerService customerService, IHttpContextAccessor httpContextAccessor, KpiCaptureMemo memo,
        IPermissionService permissionService, IStoreContext storeContext, TimeProvider timeProvider, PlannerTimeZones timeZones,
        KpiVisitUpsert upsert, IUserAgentHelper userAgentHelper, IWorkContext workContext)
    {
        _customerService = customerService;
        _httpContextAccessor = httpContextAccessor;
        _memo = memo;
        _permissionService = permissionService;
        _storeContext = storeContext;
        _timeProvider = timeProvider;
        _timeZones = timeZones;
        _upsert = upsert;
        _userAgentHelper = userAgentHelper;
        _workContext = workContext;
    }

    /// <summary>A page rendered by nopCommerce's layout (<paramref name="routeName"/>: the page's route name).</summary>
    public async Task PageRenderedAsync(string routeName)
    {
        var httpContext = _httpContextAccessor.HttpContext;
        if (httpContext == null || IsAdminRequest(httpContext))
            return;

        var store = await _storeContext.GetCurrentStoreAsync();
        var customer = await _workContext.GetCurrentCustomerAsync();
        if (store == null)
            return;
        await RecordAsync(store.Id, customer, customer, KpiPageSteps.OfRoute(routeName));
    }

    /// <summary>An item put in a shopping cart (wish lists are no step).</summary>
    public Task CartItemAddedAsync(ShoppingCartItem item) =>
        item == null || item.ShoppingCartType != ShoppingCartType.ShoppingCart
            ? Task.CompletedTask
            : RecordForAsync(item.StoreId, item.CustomerId, KpiFunnelStep.AddToCart);

    /// <summary>An order placed.</summary>
    public Task OrderPlacedAsync(Order order) =>
        order == null ? Task.CompletedTask : RecordForAsync(order.StoreId, order.CustomerId, KpiFunnelStep.OrderPlaced);

    /// <summary>Whether a request is in nopCommerce's admin area (its layouts publish the same page event).</summary>
    public static bool IsAdminRequest(HttpContext httpContext) =>
        string.Equals(httpContext.GetRouteValue("area") as string, AreaNames.ADMIN, StringComparison.OrdinalIgnoreCase)
        || httpContext.Request.Path.StartsWithSegments("/" + AreaNames.ADMIN, StringComparison.OrdinalIgnoreCase);

    private async Task RecordForAsync(int storeId, int customerId, KpiFunnelStep step)
    {
        var current = await _workContext.GetCurrentCustomerAsync();
        var customer = current != null && current.Id == customerId ? current : await _customerService.GetCustomerByIdAsync(customerId);
        await RecordAsync(storeId, customer, current, step);
    }

    private async Task RecordAsync(int storeId, Customer customer, Customer current, KpiFunnelStep step)
    {
        if (customer == null || customer.Id <= 0 || customer.IsSystemAccount || current?.IsSystemAccount == true)
            return;
        if (_workContext.OriginalCustomerIfImpersonated != null)
            return;

        var nowUtc = _timeProvider.GetUtcNow().UtcDateTime;
        var localDay = KpiDay.Key(KpiDay.Of(nowUtc, await ZoneAsync(storeId)));
        if (_memo.Holds(storeId, customer.Id, localDay, step))
            return;
        // the user-agent and staff checks only before a write: a page view without step change costs neither
        var httpContext = _httpContextAccessor.HttpContext;
        if (httpContext != null && _userAgentHelper.IsSearchEngine())
            return;
        if (await IsStaffAsync(customer))
            return;

        await _upsert.WriteAsync(storeId, localDay, customer.Id, step, await SourceAsync(httpContext), nowUtc);
        _memo.Wrote(storeId, customer.Id, localDay, step);
    }

    private async Task<TimeZoneInfo> ZoneAsync(int storeId)
    {
        if (_memo.TryGetZone(storeId, out var zone))
            return zone;
        zone = await _timeZones.ForStoreAsync(storeId);
        _memo.SetZone(storeId, zone);
        return zone;
    }

    private async Task<bool> IsStaffAsync(Customer customer)
    {
        if (_memo.TryGetStaff(customer.Id, out var staff))
            return staff;
        staff = await _permissionService.AuthorizeAsync(StandardPermission.Security.ACCESS_ADMIN_PANEL, customer);
        _memo.SetStaff(customer.Id, staff);
        return staff;
    }

    // Only the UTM values and the referrer's host are read: no IP address, no URL, no cookie.
    private async Task<KpiEntrySource> SourceAsync(HttpContext httpContext)
    {
        if (httpContext == null)
            return KpiEntrySource.Direct;
        var request = httpContext.Request;
        var store = await _storeContext.GetCurrentStoreAsync();
        var ownHosts = new List<string> { request.Host.Host };
        if (store != null)
        {
            if (Uri.TryCreate(store.Url ?? string.Empty, UriKind.Absolute, out var storeUrl))
                ownHosts.Add(storeUrl.Host);
            ownHosts.AddRange((store.Hosts ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        return KpiEntrySource.From(request.Query["utm_source"], request.Query["utm_medium"], request.Query["utm_campaign"],
            request.Headers.Referer, ownHosts);
    }
}
