using Nop.Core;
using Nop.Core.Caching;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Shipping;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Packing.Data;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;
using Nop.Plugin.Misc.MerchantOps.Packing.Services;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;
using Nop.Services.Configuration;
using Nop.Services.Customers;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Packing;

/// <summary>
/// The packing services of one application instance (<see cref="StoreApp"/>: registered by PackingStartup, resolved
/// from the app's container), with nopCommerce's order, shipment and order-processing services as row-writing fakes.
/// ShipmentSentEvent reaches the plugin's consumer of it (ShipmentSentConsumer), as in a store. A second instance on
/// the same database has its own cache, events and connections (a web farm, or a second packer's requests).
/// </summary>
public sealed class PackingApp
{
    /// <param name="cacheManager">The instance's static cache (see <see cref="Harness.StoreApp"/>), e.g. a Redis-backed one on a web farm.</param>
    public PackingApp(TestDatabase database, TestClock clock, bool anotherInstance = false, InjectedFaults faults = null,
        IStaticCacheManager cacheManager = null)
        : this(new StoreApp(database, clock, anotherInstance, faults, cacheManager: cacheManager))
    {
    }

    public PackingApp(StoreApp store)
    {
        StoreApp = store.DeliverToConsumers<ShipmentSentEvent>();
        QueueOfABigBacklog = store.Create<BigBacklogQueueService>();
        BatchesOfABigBacklog = store.Create<BigBacklogBatchService>();
    }

    /// <summary>The application instance the packing services come from.</summary>
    public StoreApp StoreApp { get; }

    public TestClock Clock => StoreApp.Clock;
    public InjectedFaults Faults => StoreApp.Faults;
    public InMemoryStaticCacheManager Cache => StoreApp.Cache;
    public IStaticCacheManager StaticCache => StoreApp.StaticCache;
    public RecordingEventPublisher Events => StoreApp.Events;
    public StaffWorkContext Context => StoreApp.Context;
    public RecordingLogger Logger => StoreApp.Logger;
    public RepositorySettingService Settings => StoreApp.Get<RepositorySettingService>();

    public RepositoryShipmentService ShipmentService => StoreApp.Get<RepositoryShipmentService>();
    public RepositoryOrderService OrderService => StoreApp.Get<RepositoryOrderService>();
    public RepositoryOrderProcessingService OrderProcessing => StoreApp.Get<RepositoryOrderProcessingService>();
    public RepositoryProductService ProductService => StoreApp.Get<RepositoryProductService>();
    public RepositoryQueuedEmailService QueuedEmails => StoreApp.Get<RepositoryQueuedEmailService>();
    public RepositoryWorkflowMessageService Messages => StoreApp.Get<RepositoryWorkflowMessageService>();
    public ILocalizationService Localization => StoreApp.Get<ILocalizationService>();

    /// <summary>The store's text of nopCommerce's stock history message for a shipped item (our wording, {0}: the order id).</summary>
    public const string StockShippedMessage = PluginTextLocalizationService.StockShippedMessage;

    public IPackingQueueService Queue => StoreApp.Get<IPackingQueueService>();

    /// <summary>The queue as it works when more orders are ready than it sorts in memory: the database sorts them.</summary>
    public IPackingQueueService QueueOfABigBacklog { get; }
    public IPackingBatchService Batches => StoreApp.Get<IPackingBatchService>();
    public OrderClaimer Claimer => StoreApp.Get<OrderClaimer>();

    /// <summary>Batches as they are created when more orders are ready than are sorted in memory: the database sorts them.</summary>
    public IPackingBatchService BatchesOfABigBacklog { get; }
    public IPackingWorkflowService Workflow => StoreApp.Get<IPackingWorkflowService>();
    public IPickListService PickLists => StoreApp.Get<IPickListService>();
    public IPackingScanService Scans => StoreApp.Get<IPackingScanService>();
    public IPackingShipService Shipping => StoreApp.Get<IPackingShipService>();
    public IPackingReportService Reports => StoreApp.Get<IPackingReportService>();
    public IPackerService Packers => StoreApp.Get<IPackerService>();
    public IPackingProductSearch ProductSearch => StoreApp.Get<IPackingProductSearch>();

    /// <summary>nopCommerce's permission service over the store's tables (roles and their permissions).</summary>
    public RepositoryPermissionService Permissions => StoreApp.Get<RepositoryPermissionService>();

    /// <summary>Signs a packer in (and, for a vendor's staff, their vendor).</summary>
    public PackingApp As(Customer packer, int vendorId = 0)
    {
        StoreApp.As(packer, vendorId);
        return this;
    }

    public IRepository<T> Repo<T>() where T : BaseEntity => StoreApp.Repo<T>();
}

/// <summary>A queue service that sorts in the database from two ready orders on, as it does past 50,000 in a store.</summary>
internal sealed class BigBacklogQueueService(IRepository<Address> addresses, ReadyOrdersQuery readyOrders, ISettingService settingService,
    IStaticCacheManager staticCacheManager, TimeProvider timeProvider, IWorkContext workContext)
    : PackingQueueService(addresses, readyOrders, settingService, staticCacheManager, timeProvider, workContext)
{
    protected override int MaxSortedInMemory => 1;
}

/// <summary>A batch service that lets the database sort the next oldest orders from two ready orders on, as it does past 50,000 in a store.</summary>
internal sealed class BigBacklogBatchService(PackingAudit audit, IRepository<PackingBatch> batches, OrderClaimer claimer, ICustomerService customerService,
    PackingBatchQuery queries, ReadyOrdersQuery readyOrders, ISettingService settingService, TimeProvider timeProvider, IWorkContext workContext)
    : PackingBatchService(audit, batches, claimer, customerService, queries, readyOrders, settingService, timeProvider, workContext)
{
    protected override int MaxSortedInMemory => 1;
}
