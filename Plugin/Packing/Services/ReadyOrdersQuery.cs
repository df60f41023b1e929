using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Core.Domain.Shipping;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Configuration.Domain;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Services;

/// <summary>
/// "Ready to pack" as one SQL predicate over nopCommerce's Order table, shared by the queue, its count
/// and the claim check, so they can never disagree. Only the filters asked for are added to the SQL.
/// </summary>
public class ReadyOrdersQuery
{
    private static readonly int[] _orderStatuses = [(int)OrderStatus.Pending, (int)OrderStatus.Processing];
    private static readonly int[] _shippingStatuses = [(int)ShippingStatus.NotYetShipped, (int)ShippingStatus.PartiallyShipped];

    private readonly IRepository<Address> _addresses;
    private readonly IRepository<PackingBatchOrder> _batchOrders;
    private readonly IRepository<OrderItem> _orderItems;
    private readonly IRepository<Order> _orders;
    private readonly IRepository<Product> _products;
    private readonly IRepository<ProductWarehouseInventory> _warehouseInventory;

    public ReadyOrdersQuery(IRepository<Address> addresses,
        IRepository<PackingBatchOrder> batchOrders,
        IRepository<OrderItem> orderItems,
        IRepository<Order> orders,
        IRepository<Product> products,
        IRepository<ProductWarehouseInventory> warehouseInventory)
    {
        _addresses = addresses;
        _batchOrders = batchOrders;
        _orderItems = orderItems;
        _orders = orders;
        _products = products;
        _warehouseInventory = warehouseInventory;
    }

    public virtual IQueryable<Order> Build(PackingQueueFilter filter, int vendorId, MerchantOpsSettings settings, DateTime nowUtc)
    {
        filter ??= new PackingQueueFilter();
        var query = _orders.Table.Where(o => !o.Deleted && !o.PickupInStore
            && _orderStatuses.Contains(o.OrderStatusId)
            && _shippingStatuses.Contains(o.ShippingStatusId));

        query = WherePaymentAllowsPacking(query, settings);
        query = query.Where(o => !_batchOrders.Table.Any(held => held.ActiveOrderId == o.Id));

        if (filter.StoreId > 0)
            query = query.Where(o => o.StoreId == filter.StoreId);
        if (!string.IsNullOrWhiteSpace(filter.ShippingMethod))
        {
            var method = filter.ShippingMethod.Trim();
            query = query.Where(o => o.ShippingMethod == method);
        }
        if (filter.CountryId > 0)
            query = query.Where(o => _addresses.Table.Any(a => a.Id == o.ShippingAddressId && a.CountryId == filter.CountryId));
        if (filter.MinAgeHours > 0)
        {
            var placedBefore = nowUtc.AddHours(-filter.MinAgeHours.Value);
            query = query.Where(o => o.CreatedOnUtc <= placedBefore);
        }
        if (filter.MaxAgeHours > 0)
        {
            var placedAfter = nowUtc.AddHours(-filter.MaxAgeHours.Value);
            query = query.Where(o => o.CreatedOnUtc >= placedAfter);
        }

        // nopCommerce sets NotYetShipped only on orders with shippable items, so the item check is needed only
        // when it narrows the orders down: to a vendor's products, a product or a warehouse.
        if (vendorId > 0 || filter.ProductId > 0 || filter.WarehouseId > 0)
        {
            var items = ShippableItems(vendorId, filter);
            query = query.Where(o => items.Any(item => item.OrderId == o.Id));
        }

        return query;
    }

    /// <summary>
    /// Every ready order of <paramref name="ready"/>, oldest first, with its store; null when there are more than
    /// <paramref name="maxSortedInMemory"/>. Their ids and dates are read through the status index and sorted here
    /// rather than by the database (see <see cref="PackingLimits.MaxQueueSortedInMemory"/>).
    /// </summary>
    public virtual async Task<IList<(int OrderId, int StoreId)>> OldestFirstInMemoryAsync(IQueryable<Order> ready, int maxSortedInMemory)
    {
        var keys = await ready.Select(o => new { o.Id, o.StoreId, o.CreatedOnUtc }).Take(maxSortedInMemory + 1).ToListAsync();
        if (keys.Count > maxSortedInMemory)
            return null;

        return keys.OrderBy(key => key.CreatedOnUtc).ThenBy(key => key.Id).Select(key => (key.Id, key.StoreId)).ToList();
    }

    /// <summary>Shippable order items, of the vendor's products for a vendor.</summary>
    public virtual IQueryable<OrderItem> ShippableItems(int vendorId, PackingQueueFilter filter = null)
    {
        var products = _products.Table.Where(p => p.IsShipEnabled);
        if (vendorId > 0)
            products = products.Where(p => p.VendorId == vendorId);
        if (filter?.ProductId > 0)
            products = products.Where(p => p.Id == filter.ProductId);
        if (filter?.WarehouseId > 0)
        {
            var warehouseId = filter.WarehouseId;
            products = products.Where(p => p.WarehouseId == warehouseId
                || (p.UseMultipleWarehouses && _warehouseInventory.Table.Any(w => w.ProductId == p.Id && w.WarehouseId == warehouseId)));
        }

        return from item in _orderItems.Table
            join product in products on item.ProductId equals product.Id
            select item;
    }

    private static IQueryable<Order> WherePaymentAllowsPacking(IQueryable<Order> query, MerchantOpsSettings settings)
    {
        var statuses = settings.PackingIncludeAuthorizedPayments
            ? new[] { (int)PaymentStatus.Paid, (int)PaymentStatus.Authorized }
            : new[] { (int)PaymentStatus.Paid };
        var cashOnDelivery = settings.PackingIncludePendingCashOnDelivery
            ? SettingsRules.SplitPaymentMethods(settings.PackingCashOnDeliveryPaymentMethods).ToArray()
            : [];

        if (cashOnDelivery.Length == 0)
            return query.Where(o => statuses.Contains(o.PaymentStatusId));

        return query.Where(o => statuses.Contains(o.PaymentStatusId)
            || (o.PaymentStatusId == (int)PaymentStatus.Pending && cashOnDelivery.Contains(o.PaymentMethodSystemName)));
    }
}
