using BenchmarkDotNet.Attributes;
using Nop.Core;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Core.Domain.Shipping;
using Nop.Plugin.Misc.MerchantOps.Benchmarks.Infrastructure;

namespace Nop.Plugin.Misc.MerchantOps.Benchmarks.Benchmarks;

/// <summary>
/// Calibration: nopCommerce's own admin order list query at 1,000,000 orders — the query
/// <c>IOrderService.SearchOrdersAsync</c> builds (src/Libraries/Nop.Services/Orders/OrderService.cs, 4.90) with the
/// filters the admin list passes when none is chosen: the billing-address join with its optional predicates, not
/// deleted, newest first, then <c>ToPagedListAsync</c> (a count and a page). In a store of this size this list needs ≈490 ms
/// at that size; the Merchant Ops packing queue must do its page and count in ≤ 100 ms.
/// </summary>
[BenchmarkCategory("Calibration")]
public class NopOrderListBenchmarks : StoreBenchmark
{
    public const int PageSize = 50;

    /// <summary>Sales → Orders as it opens: every order, newest first, page 1 of 50 and the total count.</summary>
    [Benchmark]
    public Task<IPagedList<Order>> AllOrders() => SearchOrdersAsync(pageSize: PageSize);

    /// <summary>The same list filtered to what the packing queue calls ready to pack: Processing, Paid, Not yet shipped.</summary>
    [Benchmark]
    public Task<IPagedList<Order>> ProcessingPaidNotYetShipped() => SearchOrdersAsync(
        osIds: [(int)OrderStatus.Processing], psIds: [(int)PaymentStatus.Paid], ssIds: [(int)ShippingStatus.NotYetShipped],
        pageSize: PageSize);

    /// <summary>
    /// nopCommerce's SearchOrdersAsync reduced to the parameters the admin order list uses here (store, statuses,
    /// billing filters, paging); the vendor, product, warehouse, note and date filters are not applied.
    /// </summary>
    private Task<IPagedList<Order>> SearchOrdersAsync(int storeId = 0, int billingCountryId = 0,
        List<int> osIds = null, List<int> psIds = null, List<int> ssIds = null,
        string billingPhone = null, string billingEmail = null, string billingLastName = "",
        int pageIndex = 0, int pageSize = int.MaxValue)
    {
        var query = Repository<Order>().Table;

        if (storeId > 0)
            query = query.Where(o => o.StoreId == storeId);
        if (osIds != null && osIds.Any())
            query = query.Where(o => osIds.Contains(o.OrderStatusId));
        if (psIds != null && psIds.Any())
            query = query.Where(o => psIds.Contains(o.PaymentStatusId));
        if (ssIds != null && ssIds.Any())
            query = query.Where(o => ssIds.Contains(o.ShippingStatusId));

        query =
            from o in query
            join billingAddress in Repository<Address>().Table on o.BillingAddressId equals billingAddress.Id
            where (billingCountryId <= 0 || billingAddress.CountryId == billingCountryId)
                && (string.IsNullOrEmpty(billingPhone) || (!string.IsNullOrEmpty(billingAddress.PhoneNumber) && billingAddress.PhoneNumber.Contains(billingPhone)))
                && (string.IsNullOrEmpty(billingEmail) || (!string.IsNullOrEmpty(billingAddress.Email) && billingAddress.Email.Contains(billingEmail)))
                && (string.IsNullOrEmpty(billingLastName) || (!string.IsNullOrEmpty(billingAddress.LastName) && billingAddress.LastName.Contains(billingLastName)))
            select o;

        query = query.Where(o => !o.Deleted).OrderByDescending(o => o.CreatedOnUtc);

        return query.ToPagedListAsync(pageIndex, pageSize);
    }
}
