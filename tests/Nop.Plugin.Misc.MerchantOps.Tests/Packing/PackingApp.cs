using Moq;
using Nop.Core;
using Nop.Core.Caching;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Configuration;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Messages;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Security;
using Nop.Core.Domain.Shipping;
using Nop.Core.Domain.Stores;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Packing.Data;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;
using Nop.Plugin.Misc.MerchantOps.Packing.Services;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Nop.Plugin.Misc.MerchantOps.Tests.NopFakes;
using Nop.Services.Configuration;
using Nop.Services.Customers;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Packing;

/// <summary>
/// The packing services of one application instance over a test database, wired as PackingStartup wires them, with
/// nopCommerce's order, shipment and order-processing services as row-writing fakes. A second instance on the
/// same database has its own cache, events and connections (a web farm, or a second packer's requests).
/// </summary>
public sealed class PackingApp
{
    private readonly TestDatabase _database;
    private readonly bool _anotherInstance;

    /// <param name="cacheManager">
    /// The instance's static cache; by default the database's in-memory one, or a new in-memory one for another
    /// instance (pass a <see cref="RedisStaticCacheManager"/> for an instance of a web farm with the distributed cache).
    /// </param>
    public PackingApp(TestDatabase database, TestClock clock, bool anotherInstance = false, ShipFailures failures = null,
        IStaticCacheManager cacheManager = null)
    {
        _database = database;
        _anotherInstance = anotherInstance;
        Clock = clock;
        Failures = failures ?? new ShipFailures();
        StaticCache = cacheManager ?? (anotherInstance ? new InMemoryStaticCacheManager() : database.CacheManager);
        Cache = StaticCache as InMemoryStaticCacheManager;
        Events = anotherInstance ? new RecordingEventPublisher() : database.EventPublisher;

        ShipmentService = new RepositoryShipmentService(Repo<Shipment>(), Repo<ShipmentItem>(), Failures);
        OrderService = new RepositoryOrderService(Repo<Order>(), Repo<OrderItem>(), Repo<OrderNote>(), Repo<Product>(), ShipmentService, Failures);
        Localization = new Mock<ILocalizationService>();
        Localization.Setup(l => l.GetResourceAsync(RepositoryOrderProcessingService.StockShippedResourceKey))
            .ReturnsAsync(StockShippedMessage);
        Localization.Setup(l => l.GetLocalizedEnumAsync(It.IsAny<OrderStatus>(), It.IsAny<int?>()))
            .Returns((OrderStatus status, int? _) => Task.FromResult(status.ToString()));
        ProductService = new RepositoryProductService(Repo<ProductWarehouseInventory>(), Repo<StockQuantityHistory>());
        QueuedEmails = new RepositoryQueuedEmailService(Repo<QueuedEmail>(), Failures);
        Messages = new RepositoryWorkflowMessageService(Repo<MessageTemplate>(), Repo<EmailAccount>(), new EmailAccountSettings(), Repo<Language>(),
            Repo<Order>(), Repo<Address>(), Repo<Store>(), new RepositoryMessageTokenProvider(RepoOf), new TestTokenizer(), QueuedEmails);
        OrderProcessing = new RepositoryOrderProcessingService(OrderService, ShipmentService, Repo<Shipment>(), Repo<OrderItem>(),
            Repo<Product>(), ProductService, Messages, Localization.Object, Events, Failures);

        var customers = new Mock<ICustomerService>();
        customers.Setup(c => c.GetCustomerByIdAsync(It.IsAny<int>())).Returns((int id) => Repo<Customer>().GetByIdAsync(id));
        customers.Setup(c => c.GetCustomerFullNameAsync(It.IsAny<Customer>()))
            .Returns((Customer c) => Task.FromResult($"{c.FirstName} {c.LastName}".Trim()));

        var settings = new RepositorySettingService(Repo<Setting>(), StaticCache);
        var audit = new PackingAudit(Repo<PackingEvent>(), clock);
        var ready = new ReadyOrdersQuery(Repo<Address>(), Repo<PackingBatchOrder>(), Repo<OrderItem>(), Repo<Order>(), Repo<Product>(), Repo<ProductWarehouseInventory>());
        var queries = new PackingBatchQuery(Repo<PackingBatchItem>(), Repo<PackingBatchOrder>(), Repo<PackingBatch>(), Repo<Order>());
        var items = new PackingItemQuery(Repo<PackingBatchItem>(), Repo<PackingBatchOrder>(), Repo<ProductAttributeCombination>(), Repo<OrderItem>(),
            Repo<Order>(), Repo<Product>(), Repo<Warehouse>());
        var allocator = new BatchItemAllocator(new RepositoryProductAttributeParser(Repo<ProductAttributeCombination>()), ready, Repo<ShipmentItem>(),
            Repo<Shipment>(), Repo<Product>(), Repo<ProductWarehouseInventory>());
        var claimer = new OrderClaimer(Repo<PackingBatchItem>(), Repo<PackingBatchOrder>(), database.DataProvider, allocator, ready, settings, StaticCache, clock);
        var mismatches = new ScanMismatchClassifier(Repo<PackingBatchOrder>(), Repo<ProductAttributeCombination>(), items, Repo<Order>(), Repo<Product>());
        var runner = new ShipAttemptRunner(Repo<Address>(), Repo<PackingBatchItem>(), customers.Object, Events, Localization.Object, OrderProcessing,
            OrderService, Repo<PackingEvent>(), ProductService, Repo<Product>(), Repo<QueuedEmail>(), ShipmentService, clock, Messages);
        var shipmentSent = new ShipmentSentConsumer(audit, Repo<PackingBatchOrder>(), Context);
        Events.Subscribe<ShipmentSentEvent>(shipmentSent.HandleEventAsync);

        Queue = new PackingQueueService(Repo<Address>(), ready, settings, StaticCache, clock, Context);
        QueueOfABigBacklog = new BigBacklogQueueService(Repo<Address>(), ready, settings, StaticCache, clock, Context);
        Batches = new PackingBatchService(audit, Repo<PackingBatch>(), claimer, customers.Object, queries, ready, settings, clock, Context);
        Claimer = claimer;
        BatchesOfABigBacklog = new BigBacklogBatchService(audit, Repo<PackingBatch>(), claimer, customers.Object, queries, ready, settings, clock, Context);
        Workflow = new PackingWorkflowService(audit, Repo<PackingBatchItem>(), Repo<PackingBatchOrder>(), Repo<PackingBatch>(), customers.Object,
            queries, StaticCache, clock, Context);
        PickLists = new PickListService(items, queries, Context);
        Scans = new PackingScanService(audit, Repo<PackingBatchItem>(), Repo<PackingBatchOrder>(), items, mismatches, queries, clock, Context);
        Shipping = new PackingShipService(audit, Repo<PackingBatchOrder>(), Repo<PackingBatch>(), Logger, queries, runner, StaticCache, clock, Context);
        Permissions = new RepositoryPermissionService(Repo<PermissionRecord>(), Repo<PermissionRecordCustomerRoleMapping>(), Repo<CustomerRole>(),
            Repo<CustomerCustomerRoleMapping>(), new Mock<ILocalizationService>().Object, Context);
        Packers = new PackerService(Repo<CustomerCustomerRoleMapping>(), Repo<CustomerRole>(), Repo<Customer>(), Permissions, Context);
        ProductSearch = new PackingProductSearch(Repo<Product>(), Context);
        Reports = new PackingReportService(Repo<PackingBatchOrder>(), Repo<PackingEvent>(), Repo<Order>(), Packers, queries, Context);
        Settings = settings;
    }

    public TestClock Clock { get; }
    public ShipFailures Failures { get; }
    /// <summary>The instance's static cache when it is an in-memory one (null for a Redis-backed one).</summary>
    public InMemoryStaticCacheManager Cache { get; }

    /// <summary>The instance's static cache, whichever it is.</summary>
    public IStaticCacheManager StaticCache { get; }
    public RecordingEventPublisher Events { get; }
    public PackerContext Context { get; } = new();
    public RecordingLogger Logger { get; } = new();
    public RepositorySettingService Settings { get; }

    public RepositoryShipmentService ShipmentService { get; }
    public RepositoryOrderService OrderService { get; }
    public RepositoryOrderProcessingService OrderProcessing { get; }
    public RepositoryProductService ProductService { get; }
    public RepositoryQueuedEmailService QueuedEmails { get; }
    public RepositoryWorkflowMessageService Messages { get; }
    public Mock<ILocalizationService> Localization { get; }

    /// <summary>The store's text of nopCommerce's stock history message for a shipped item (our wording, {0}: the order id).</summary>
    public const string StockShippedMessage = "Stock taken out for order #{0}, shipped";

    public IPackingQueueService Queue { get; }

    /// <summary>The queue as it works when more orders are ready than it sorts in memory: the database sorts them.</summary>
    public IPackingQueueService QueueOfABigBacklog { get; }
    public IPackingBatchService Batches { get; }
    public OrderClaimer Claimer { get; }

    /// <summary>Batches as they are created when more orders are ready than are sorted in memory: the database sorts them.</summary>
    public IPackingBatchService BatchesOfABigBacklog { get; }
    public IPackingWorkflowService Workflow { get; }
    public IPickListService PickLists { get; }
    public IPackingScanService Scans { get; }
    public IPackingShipService Shipping { get; }
    public IPackingReportService Reports { get; }
    public IPackerService Packers { get; }
    public IPackingProductSearch ProductSearch { get; }

    /// <summary>nopCommerce's permission service over the store's tables (roles and their permissions).</summary>
    public RepositoryPermissionService Permissions { get; }

    /// <summary>Signs a packer in (and, for a vendor's staff, their vendor).</summary>
    public PackingApp As(Customer packer, int vendorId = 0)
    {
        Context.Customer = packer;
        Context.Vendor = vendorId == 0 ? null : new Nop.Core.Domain.Vendors.Vendor { Id = vendorId, Name = $"Vendor {vendorId}", Active = true };
        return this;
    }

    private object RepoOf(Type entityType) =>
        typeof(PackingApp).GetMethod(nameof(Repo))!.MakeGenericMethod(entityType).Invoke(this, null);

    public IRepository<T> Repo<T>() where T : BaseEntity =>
        _anotherInstance ? _database.RepositoryOfAnotherInstance<T>(StaticCache, Events) : _database.Repository<T>();
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
