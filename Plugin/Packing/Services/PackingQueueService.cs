using Nop.Core;
using Nop.Core.Caching;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Packing.Data;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;
using Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;
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
        pageIndex = Math.Max(0, pageIndex);
        pageSize = Math.Clamp(pageSize, 1, PackingLimits.MaxQueuePageSize);
        var actor = await PackingActor.CurrentAsync(_workContext);
        var (ready, settings) = await ReadyAsync(filter, actor);

        // Counted first: past MaxSortedInMemory the ready orders' keys are not read at all (reading 50,001 of them only
        // to learn there are too many cost as much as the count).
        var count = await ready.CountAsync();
        var oldestFirst = count <= MaxSortedInMemory ? await OldestFirstInMemoryAsync(ready) : null;
        var pageIds = oldestFirst != null
            ? oldestFirst.Skip(pageIndex * pageSize).Take(pageSize).ToArray()
            : (await OldestFirstInDatabase(filter, actor, settings, (pageIndex + 1) * pageSize).Select(o => o.Id).ToListAsync())
                .Skip(pageIndex * pageSize).ToArray();
        var rows = pageIds.Length == 0
            ? []
            : await Rows(ready.Where(o => pageIds.Contains(o.Id)), actor).ToListAsync();

        return new PagedList<PackingQueueRow>(rows, pageIndex, pageSize, count);
    }

    public virtual async Task<int> GetReadyCountAsync(int storeId = 0) => (await GetReadyCountAsOfAsync(storeId)).Count;

    public virtual async Task<ReadyCount> GetReadyCountAsOfAsync(int storeId = 0)
    {
        var actor = await PackingActor.CurrentAsync(_workContext);
        var template = MerchantOpsDefaults.Packing.ReadyCountCacheKey;
        var key = _staticCacheManager.PrepareKey(template, storeId, actor.VendorId);
        // nopCommerce's CacheKey.Create gives the prepared copy the store's default cache time (60 minutes), and
        // PrepareKeyForDefaultCache sets it again: the count's own minute is put back, so no instance of a web farm
        // shows a count older than that. The plugin's claims, shipments and removals and nopCommerce's own changes to
        // orders (ReadyCountConsumer) remove it everywhere at once; the time it was counted is kept with it.
        key.CacheTime = template.CacheTime;

        return await _staticCacheManager.GetAsync(key, async () => new ReadyCount
        {
            CountedOnUtc = _timeProvider.GetUtcNow().UtcDateTime,
            Count = await (await ReadyAsync(new PackingQueueFilter { StoreId = storeId }, actor)).Ready.CountAsync()
        });
    }

    public virtual async Task<IList<int>> GetOldestOrderIdsAsync(PackingQueueFilter filter, int count)
    {
        if (count <= 0)
            return [];

        count = Math.Min(count, PackingLimits.MaxOrdersPerBatch);
        var actor = await PackingActor.CurrentAsync(_workContext);
        var (ready, settings) = await ReadyAsync(filter ?? new PackingQueueFilter(), actor);

        var oldestFirst = await OldestFirstInMemoryAsync(ready);
        if (oldestFirst != null)
            return oldestFirst.Take(count).ToList();

        return await OldestFirstInDatabase(filter ?? new PackingQueueFilter(), actor, settings, count).Select(o => o.Id).ToListAsync();
    }

    /// <summary>The ready order ids, oldest first, sorted in memory; null when there are more than <see cref="MaxSortedInMemory"/>.</summary>
    private async Task<IList<int>> OldestFirstInMemoryAsync(IQueryable<Order> ready) =>
        (await _readyOrders.OldestFirstInMemoryAsync(ready, MaxSortedInMemory))?.Select(key => key.OrderId).ToList();

    private IQueryable<Order> OldestFirstInDatabase(PackingQueueFilter filter, PackingActor actor, MerchantOpsSettings settings, int count) =>
        _readyOrders.OldestFirstInDatabase(filter, actor.VendorId, settings, _timeProvider.GetUtcNow().UtcDateTime, count);

    /// <summary>See <see cref="PackingLimits.MaxQueueSortedInMemory"/>.</summary>
    protected virtual int MaxSortedInMemory => PackingLimits.MaxQueueSortedInMemory;

    private IQueryable<PackingQueueRow> Rows(IQueryable<Order> orders, PackingActor actor)
    {
        var items = _readyOrders.ShippableItems(actor.VendorId);

        return from o in orders
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
    }

    private async Task<(IQueryable<Order> Ready, MerchantOpsSettings Settings)> ReadyAsync(PackingQueueFilter filter, PackingActor actor)
    {
        // The settings can be overridden per store; "all stores" uses the shared values.
        var settings = await _settingService.LoadSettingAsync<MerchantOpsSettings>(filter.StoreId);
        return (_readyOrders.Build(filter, actor.VendorId, settings, _timeProvider.GetUtcNow().UtcDateTime), settings);
    }
}
