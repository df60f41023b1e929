using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Core.Domain.Shipping;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Configuration.Domain;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;
using Nop.Plugin.Misc.MerchantOps.Packing.Services;
using Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;
using Keys = Nop.Plugin.Misc.MerchantOps.Packing.Domain.PackingResourceKeys;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Data;

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
    private readonly IRepository<PackingBatch> _batches;
    private readonly IRepository<OrderItem> _orderItems;
    private readonly IRepository<Order> _orders;
    private readonly IRepository<Product> _products;
    private readonly IRepository<ProductWarehouseInventory> _warehouseInventory;

    public ReadyOrdersQuery(IRepository<Address> addresses,
        IRepository<PackingBatchOrder> batchOrders,
        IRepository<PackingBatch> batches,
        IRepository<OrderItem> orderItems,
        IRepository<Order> orders,
        IRepository<Product> products,
        IRepository<ProductWarehouseInventory> warehouseInventory)
    {
        _addresses = addresses;
        _batchOrders = batchOrders;
        _batches = batches;
        _orderItems = orderItems;
        _orders = orders;
        _products = products;
        _warehouseInventory = warehouseInventory;
    }

    public virtual IQueryable<Order> Build(PackingQueueFilter filter, int vendorId, MerchantOpsSettings settings, DateTime nowUtc)
    {
        var query = Candidates(filter, vendorId, nowUtc).Where(o => _orderStatuses.Contains(o.OrderStatusId)
            && _shippingStatuses.Contains(o.ShippingStatusId));

        return WherePaymentAllowsPacking(query, settings);
    }

    /// <summary>
    /// At most <paramref name="count"/> ready orders (as <see cref="Build"/> has them, less <paramref name="excludedIds"/>),
    /// oldest first, sorted by the database: the path past <see cref="PackingLimits.MaxQueueSortedInMemory"/>. Asked for the
    /// oldest of <see cref="Build"/>'s query directly, the query planner walks nopCommerce's IX_Order_CreatedOnUtc from the
    /// store's oldest order and filters out every shipped order older than the first ready one (ready orders are recent:
    /// 7 s at a million orders with 60,000 ready). Instead each combination of the statuses a ready order can have is
    /// read in date order through the plugin's index (ShippingStatusId, OrderStatusId, PaymentStatusId, CreatedOnUtc),
    /// at most <paramref name="count"/> rows each, and the parts are merged: the cost follows <paramref name="count"/>,
    /// not the store's size nor the backlog's. Each part compares the statuses with single values: a list (IN) on the
    /// index's leading columns would keep PostgreSQL from reading the index in date order.
    /// </summary>
    public virtual IQueryable<Order> OldestFirstInDatabase(PackingQueueFilter filter, int vendorId, MerchantOpsSettings settings, DateTime nowUtc,
        int count, IReadOnlyCollection<int> excludedIds = null)
    {
        var excluded = excludedIds?.ToArray() ?? [];
        var cashOnDelivery = CashOnDeliveryMethods(settings);
        IQueryable<Order> merged = null;
        foreach (var shippingStatusId in _shippingStatuses)
            foreach (var orderStatusId in _orderStatuses)
                foreach (var paymentStatusId in PaymentStatusesOf(settings))
                {
                    var part = Candidates(filter, vendorId, nowUtc)
                        .Where(o => o.ShippingStatusId == shippingStatusId && o.OrderStatusId == orderStatusId && o.PaymentStatusId == paymentStatusId);
                    if (paymentStatusId == (int)PaymentStatus.Pending)
                        part = part.Where(o => cashOnDelivery.Contains(o.PaymentMethodSystemName));
                    if (excluded.Length > 0)
                        part = part.Where(o => !excluded.Contains(o.Id));

                    part = part.OrderBy(o => o.CreatedOnUtc).ThenBy(o => o.Id).Take(count);
                    merged = merged == null ? part : merged.Concat(part);
                }

        return merged.OrderBy(o => o.CreatedOnUtc).ThenBy(o => o.Id).Take(count);
    }

    /// <summary>
    /// The batch orders that keep an order from a claimer: for store staff (<paramref name="vendorId"/> 0), every
    /// active one, since a staff batch takes the whole order; for a vendor, only their own batches' and the staff's:
    /// another vendor's batch holds only that vendor's items, so vendors pack their parts of one order side by side.
    /// </summary>
    public virtual IQueryable<PackingBatchOrder> HeldAgainst(int vendorId)
    {
        var held = _batchOrders.Table.Where(row => row.ActiveOrderId > 0);
        if (vendorId <= 0)
            return held;

        var conflicting = _batches.Table.Where(batch => batch.VendorId == 0 || batch.VendorId == vendorId).Select(batch => batch.Id);
        return held.Where(row => conflicting.Contains(row.BatchId));
    }

    /// <summary>Everything "ready" asks but the statuses: not deleted, not picked up in store, in no active batch, the filter.</summary>
    private IQueryable<Order> Candidates(PackingQueueFilter filter, int vendorId, DateTime nowUtc)
    {
        filter ??= new PackingQueueFilter();
        var query = _orders.Table.Where(o => !o.Deleted && !o.PickupInStore);
        var held = HeldAgainst(vendorId);
        query = query.Where(o => !held.Any(row => row.ActiveOrderId == o.Id));

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

    /// <summary>What decides why an order is not ready to pack, for each of <paramref name="orderIds"/> that exists (3 statements).</summary>
    public virtual async Task<Dictionary<int, OrderReadiness>> RefusalFactsAsync(IReadOnlyCollection<int> orderIds, int vendorId)
    {
        var ids = orderIds.ToArray();
        var orders = await _orders.Table.Where(o => ids.Contains(o.Id))
            .Select(o => new { o.Id, o.Deleted, o.OrderStatusId, o.ShippingStatusId, o.PaymentStatusId, o.PaymentMethodSystemName, o.PickupInStore })
            .ToListAsync();
        var vendorOrders = vendorId > 0
            ? (await (from item in _orderItems.Table
                    join product in _products.Table on item.ProductId equals product.Id
                    where ids.Contains(item.OrderId) && product.VendorId == vendorId
                    select item.OrderId).Distinct().ToListAsync()).ToHashSet()
            : null;
        var shippable = await WithShippableItemsAsync(ids, vendorId);

        return orders.ToDictionary(o => o.Id, o => new OrderReadiness(o.Id, o.Deleted, o.OrderStatusId, o.ShippingStatusId, o.PaymentStatusId,
            o.PaymentMethodSystemName, o.PickupInStore, vendorOrders?.Contains(o.Id) ?? true, shippable.Contains(o.Id)));
    }

    /// <summary>The orders among <paramref name="orderIds"/> with at least one shippable item (of the vendor's, for a vendor).</summary>
    public virtual async Task<HashSet<int>> WithShippableItemsAsync(IReadOnlyCollection<int> orderIds, int vendorId)
    {
        var ids = orderIds.ToArray();
        return (await ShippableItems(vendorId).Where(item => ids.Contains(item.OrderId)).Select(item => item.OrderId).Distinct().ToListAsync()).ToHashSet();
    }

    /// <summary>
    /// Why an order cannot go into batch <paramref name="batchId"/>: the first reason that applies, in the order a
    /// packer would look for it (gone, held, closed, collected, nothing to ship, shipped, unpaid, not theirs).
    /// </summary>
    /// <param name="order">Null when no such order exists.</param>
    /// <param name="heldByBatchId">The batch that holds the order, if any.</param>
    public static string RefusalReason(OrderReadiness order, int? heldByBatchId, int batchId, int vendorId, MerchantOpsSettings settings)
    {
        if (order is null || order.Deleted)
            return Keys.Claim.OrderNotFound;
        if (heldByBatchId is { } holder)
            return holder == batchId && batchId > 0 ? Keys.Claim.AlreadyInThisBatch : Keys.Claim.AlreadyInBatch;
        if (order.OrderStatusId == (int)OrderStatus.Cancelled)
            return Keys.Claim.OrderCancelled;
        if (!_orderStatuses.Contains(order.OrderStatusId))
            return Keys.Claim.OrderComplete;
        if (order.PickupInStore)
            return Keys.Claim.PickupInStore;
        if (order.ShippingStatusId == (int)ShippingStatus.ShippingNotRequired)
            return Keys.Claim.NothingShippable;
        if (!_shippingStatuses.Contains(order.ShippingStatusId))
            return Keys.Claim.AlreadyShipped;
        if (!PaymentAllowsPacking(order.PaymentStatusId, order.PaymentMethodSystemName, settings))
            return Keys.Claim.NotPaid;
        if (!order.HasVendorItems)
            return Keys.Claim.NothingForVendor;
        if (!order.HasShippableItems)
            return vendorId > 0 ? Keys.Claim.NothingForVendor : Keys.Claim.NothingShippable;

        return Keys.Claim.NotReady;
    }

    private static bool PaymentAllowsPacking(int paymentStatusId, string paymentMethodSystemName, MerchantOpsSettings settings) =>
        PaidStatuses(settings).Contains(paymentStatusId)
        || (paymentStatusId == (int)PaymentStatus.Pending && CashOnDeliveryMethods(settings).Contains(paymentMethodSystemName, StringComparer.OrdinalIgnoreCase));

    /// <summary>The payment statuses an order can have and be ready (Pending only for the cash-on-delivery methods).</summary>
    private static int[] PaymentStatusesOf(MerchantOpsSettings settings) =>
        CashOnDeliveryMethods(settings).Length == 0 ? PaidStatuses(settings) : [.. PaidStatuses(settings), (int)PaymentStatus.Pending];

    private static int[] PaidStatuses(MerchantOpsSettings settings) => settings.PackingIncludeAuthorizedPayments
        ? [(int)PaymentStatus.Paid, (int)PaymentStatus.Authorized]
        : [(int)PaymentStatus.Paid];

    private static string[] CashOnDeliveryMethods(MerchantOpsSettings settings) => settings.PackingIncludePendingCashOnDelivery
        ? SettingsRules.SplitPaymentMethods(settings.PackingCashOnDeliveryPaymentMethods).ToArray()
        : [];

    private static IQueryable<Order> WherePaymentAllowsPacking(IQueryable<Order> query, MerchantOpsSettings settings)
    {
        var statuses = PaidStatuses(settings);
        var cashOnDelivery = CashOnDeliveryMethods(settings);

        if (cashOnDelivery.Length == 0)
            return query.Where(o => statuses.Contains(o.PaymentStatusId));

        return query.Where(o => statuses.Contains(o.PaymentStatusId)
            || (o.PaymentStatusId == (int)PaymentStatus.Pending && cashOnDelivery.Contains(o.PaymentMethodSystemName)));
    }
}

/// <summary>The columns of an order that say whether it is ready to pack, and whether it has items for the packer.</summary>
/// <param name="HasVendorItems">True for staff; for a vendor, an item of one of their products.</param>
/// <param name="HasShippableItems">A shippable item (the vendor's, for a vendor).</param>
public sealed record OrderReadiness(int OrderId, bool Deleted, int OrderStatusId, int ShippingStatusId, int PaymentStatusId,
    string PaymentMethodSystemName, bool PickupInStore, bool HasVendorItems, bool HasShippableItems);
