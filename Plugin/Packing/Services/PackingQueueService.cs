using Nop.Core;
using Nop.Core.Caching;
using Nop.Core.Domain.Common;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;
using Nop.Services.Configuration;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Services;

/// <summary>The packing queue: one query for the page and one for its count, over nopCommerce's own tables.</summary>
public class PackingQueueService : IPackingQueueService
{
    private readonly IRepository<Address> _addresses;
    private readonly ReadyOrdersQuery _readyOrders;
    private readonly ISettingService _settingService;
    private readonly IStaticCacheManager _staticCacheManager;
    private readonly TimeProvider _timeProvider;
    private readonly IWorkContext _workContext;

    public PackingQueueService(IRepository<Address> addresses,
        ReadyOrdersQuery readyOrders,
        ISettingService settingService,
        IStaticCacheManager staticCacheManager,
        TimeProvider timeProvider,
        IWorkContext workContext)
    {
        _addresses = addresses;
        _readyOrders = readyOrders;
        _settingService = settingService;
        _staticCacheManager = staticCacheManager;
        _timeProvider = timeProvider;
        _workContext = workContext;
    }

    public virtual async Task<IPagedList<PackingQueueRow>> GetQueueAsync(PackingQueueFilter filter, int pageIndex = 0, int pageSize = 50)
    {
        filter ??= new PackingQueueFilter();
        var actor = await PackingActor.CurrentAsync(_workContext);
        var orders = await ReadyAsync(filter, actor);
        var items = _readyOrders.ShippableItems(actor.VendorId);

        var rows = from o in orders
            join a in _addresses.Table on o.ShippingAddressId equals a.Id into shipTo
            from a in shipTo.DefaultIfEmpty()
            orderby o.CreatedOnUtc, o.Id
            select new PackingQueueRow
            {
                OrderId = o.Id,
                OrderNumber = o.CustomOrderNumber,
                StoreId = o.StoreId,
                CreatedOnUtc = o.CreatedOnUtc,
                PaidDateUtc = o.PaidDateUtc,
                PaymentStatusId = o.PaymentStatusId,
                ShippingStatusId = o.ShippingStatusId,
                ShippingMethod = o.ShippingMethod,
                CountryId = a.CountryId,
                ShipToFirstName = a.FirstName,
                ShipToLastName = a.LastName,
                ItemCount = items.Where(item => item.OrderId == o.Id).Sum(item => (int?)item.Quantity) ?? 0
            };

        return await rows.ToPagedListAsync(Math.Max(0, pageIndex), Math.Clamp(pageSize, 1, PackingLimits.MaxQueuePageSize));
    }

    public virtual async Task<int> GetReadyCountAsync(int storeId = 0)
    {
        var actor = await PackingActor.CurrentAsync(_workContext);
        var key = _staticCacheManager.PrepareKeyForDefaultCache(MerchantOpsDefaults.Packing.ReadyCountCacheKey, storeId, actor.VendorId);

        return await _staticCacheManager.GetAsync(key, async () =>
            await (await ReadyAsync(new PackingQueueFilter { StoreId = storeId }, actor)).CountAsync());
    }

    public virtual async Task<IList<int>> GetOldestOrderIdsAsync(PackingQueueFilter filter, int count)
    {
        if (count <= 0)
            return [];

        var actor = await PackingActor.CurrentAsync(_workContext);
        var orders = await ReadyAsync(filter ?? new PackingQueueFilter(), actor);

        return await orders.OrderBy(o => o.CreatedOnUtc).ThenBy(o => o.Id).Select(o => o.Id)
            .Take(Math.Min(count, PackingLimits.MaxOrdersPerBatch)).ToListAsync();
    }

    private async Task<IQueryable<Nop.Core.Domain.Orders.Order>> ReadyAsync(PackingQueueFilter filter, PackingActor actor)
    {
        // The settings can be overridden per store; "all stores" uses the shared values.
        var settings = await _settingService.LoadSettingAsync<MerchantOpsSettings>(filter.StoreId);
        return _readyOrders.Build(filter, actor.VendorId, settings, _timeProvider.GetUtcNow().UtcDateTime);
    }
}
