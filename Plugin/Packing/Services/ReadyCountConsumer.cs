using Nop.Core.Caching;
using Nop.Core.Domain.Orders;
using Nop.Core.Events;
using Nop.Services.Events;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Services;

/// <summary>
/// Drops the cached ready-to-pack counts (on every instance of a web farm: through nopCommerce's static cache, which is
/// Redis there) when nopCommerce inserts, changes or deletes an order, so an order paid, placed already paid,
/// cancelled, shipped or deleted in nopCommerce itself shows in the count at once, not after the count's minute.
/// <para>
/// Everything "ready" reads of an order (statuses, deleted, pickup in store, store, shipping method) lives in the Order
/// row, and nopCommerce 4.90 changes it only through IOrderService, whose repository publishes
/// EntityInsertedEvent / EntityUpdatedEvent / EntityDeletedEvent&lt;Order&gt; for every write (mark as paid, a
/// placed order, cancel, ship and deliver, soft delete). Its named events (OrderPaidEvent, OrderPlacedEvent,
/// OrderStatusChangedEvent...) follow such an update, so hearing them too would only drop the count twice.
/// </para>
/// <para>
/// Cost: one prefix removal per order write. nopCommerce already removes two prefixes and one key of its own order
/// cache on each of them (its CacheEventConsumer for Order), so this adds one more of the same: in memory a walk of
/// the keys, with Redis one more published change (RedisSynchronizedMemory) or key scan (Redis). What this does not
/// hear (a product's "shipping enabled" or vendor changed) is bounded by the count's minute, and the queue page says
/// when the count was made.
/// </para>
/// </summary>
public class ReadyCountConsumer :
    IConsumer<EntityInsertedEvent<Order>>,
    IConsumer<EntityUpdatedEvent<Order>>,
    IConsumer<EntityDeletedEvent<Order>>
{
    private readonly IStaticCacheManager _staticCacheManager;

    public ReadyCountConsumer(IStaticCacheManager staticCacheManager)
    {
        _staticCacheManager = staticCacheManager;
    }

    public Task HandleEventAsync(EntityInsertedEvent<Order> eventMessage) => DropCountsAsync();

    public Task HandleEventAsync(EntityUpdatedEvent<Order> eventMessage) => DropCountsAsync();

    public Task HandleEventAsync(EntityDeletedEvent<Order> eventMessage) => DropCountsAsync();

    private Task DropCountsAsync() => _staticCacheManager.RemoveByPrefixAsync(MerchantOpsDefaults.Packing.ReadyCountPrefix);
}
