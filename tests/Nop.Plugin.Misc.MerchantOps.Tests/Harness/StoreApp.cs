using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core;
using Nop.Core.Caching;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Directory;
using Nop.Core.Domain.Messages;
using Nop.Core.Domain.Security;
using Nop.Core.Events;
using Nop.Core.Infrastructure;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;
using Nop.Services.Catalog;
using Nop.Services.Configuration;
using Nop.Services.Customers;
using Nop.Services.Directory;
using Nop.Services.Events;
using Nop.Services.Helpers;
using Nop.Services.Localization;
using Nop.Services.Logging;
using Nop.Services.Media;
using Nop.Services.Messages;
using Nop.Services.Orders;
using Nop.Services.Plugins;
using Nop.Services.Security;
using Nop.Services.Seo;
using Nop.Services.Shipping;
using Nop.Services.Stores;
using Nop.Services.Topics;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Harness;

/// <summary>
/// One application instance of a store with the plugin, over a test database, for data-level tests. nopCommerce's
/// side is registered in a container: the database's repositories, data provider, cache and events, the test clock,
/// the signed-in staff member, and nopCommerce's services as the fakes of Harness/Fakes (row-writing where the plugin
/// writes through them). Then, as nopCommerce does for a plugin: every <c>IConsumer&lt;T&gt;</c> of the plugin
/// assembly, every <c>ISettings</c> class, and every <c>INopStartup</c> by <c>Order</c> — so a feature's services come
/// from its own &lt;Feature&gt;Startup, never wired here. Services are resolved from one scope (one instance each, as
/// in one request). A second instance on the same database (<c>anotherInstance</c>: a web farm, or a second user's
/// requests) has its own cache, events and repositories, the same rows.
/// </summary>
public sealed class StoreApp
{
    private readonly IServiceScope _scope;

    /// <param name="replace">Runs after the plugin's startups: a registration made here replaces theirs (the last one wins).</param>
    /// <param name="cacheManager">
    /// The instance's static cache: by default the database's in-memory one, or a new in-memory one for another instance
    /// (a <see cref="RedisStaticCacheManager"/> for an instance of a web farm with nopCommerce's distributed cache).
    /// </param>
    public StoreApp(TestDatabase database, TestClock clock, bool anotherInstance = false, InjectedFaults faults = null,
        Action<IServiceCollection> replace = null, IStaticCacheManager cacheManager = null)
    {
        Database = database;
        Clock = clock;
        Faults = faults ?? new InjectedFaults();
        StaticCache = cacheManager ?? (anotherInstance ? new InMemoryStaticCacheManager() : database.CacheManager);
        Cache = StaticCache as InMemoryStaticCacheManager;
        Events = anotherInstance ? new RecordingEventPublisher() : database.EventPublisher;

        var services = new ServiceCollection();
        AddNopServices(services);
        AddPluginServices(services);
        replace?.Invoke(services);

        //scoped services may not be taken by singletons (stricter than nopCommerce's Autofac)
        _scope = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true }).CreateScope();
    }

    public TestDatabase Database { get; }
    public TestClock Clock { get; }

    /// <summary>Failures injected into nopCommerce's services (shipments, order notes, queued emails) at named steps.</summary>
    public InjectedFaults Faults { get; }

    /// <summary>The instance's static cache when it is an in-memory one (null for a Redis-backed one).</summary>
    public InMemoryStaticCacheManager Cache { get; }

    /// <summary>The instance's static cache, whichever it is.</summary>
    public IStaticCacheManager StaticCache { get; }

    /// <summary>This instance's events: what its repositories and nopCommerce's fakes published.</summary>
    public RecordingEventPublisher Events { get; }

    /// <summary>The signed-in staff member (and their vendor), as IWorkContext gives them.</summary>
    public StaffWorkContext Context { get; } = new();

    public RecordingLogger Logger { get; } = new();

    /// <summary>A service of the plugin or of nopCommerce's side, from this instance's scope.</summary>
    public T Get<T>() where T : class => _scope.ServiceProvider.GetRequiredService<T>();

    /// <inheritdoc cref="Get{T}"/>
    public object Get(Type serviceType) => _scope.ServiceProvider.GetRequiredService(serviceType);

    /// <summary>An object built from this instance's services (a subclass of a plugin service, say), not registered.</summary>
    public T Create<T>() where T : class => ActivatorUtilities.CreateInstance<T>(_scope.ServiceProvider);

    public IRepository<T> Repo<T>() where T : BaseEntity => Get<IRepository<T>>();

    /// <summary>Signs a staff member in (and, for a vendor's staff, their vendor).</summary>
    public StoreApp As(Customer staff, int vendorId = 0)
    {
        Context.Customer = staff;
        Context.Vendor = vendorId == 0 ? null : new Nop.Core.Domain.Vendors.Vendor { Id = vendorId, Name = $"Vendor {vendorId}", Active = true };
        return this;
    }

    /// <summary>
    /// Hands this instance's events of <typeparamref name="TEvent"/> to the plugin's consumers of it, from now on, as
    /// nopCommerce calls them inside PublishAsync. Events reach only the consumers a test (or a feature's app) asks
    /// for: a language inserted by a scenario, say, would otherwise also seed replies and install texts.
    /// </summary>
    public StoreApp DeliverToConsumers<TEvent>()
    {
        foreach (var consumer in _scope.ServiceProvider.GetServices<IConsumer<TEvent>>())
            Events.Subscribe<TEvent>(consumer.HandleEventAsync);
        return this;
    }

    /// <summary>The plugin's consumer of that type (as registered by nopCommerce: one per event type it consumes).</summary>
    public TConsumer Consumer<TConsumer, TEvent>() where TConsumer : IConsumer<TEvent> =>
        _scope.ServiceProvider.GetServices<IConsumer<TEvent>>().OfType<TConsumer>().Single();

    /// <summary>nopCommerce's side: the data layer of this instance, the clock, the staff member, nopCommerce's services as fakes.</summary>
    private void AddNopServices(IServiceCollection services)
    {
        services.AddSingleton(Database.DataProvider);
        services.AddSingleton(StaticCache);
        services.AddSingleton(Events);
        services.AddSingleton<IEventPublisher>(Events);
        services.AddSingleton(typeof(IRepository<>), typeof(EntityRepository<>));
        services.AddSingleton(Clock);
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton(Context);
        services.AddSingleton<IWorkContext>(Context);
        services.AddSingleton(Faults);
        services.AddSingleton(Logger);
        services.AddSingleton<ILogger>(Logger);
        services.AddSingleton(new EmailAccountSettings());
        services.AddSingleton(new CurrencySettings { PrimaryStoreCurrencyId = 1 });
        services.AddHttpContextAccessor();
        //the Lazy resolver nopCommerce registers (NopStartup of Nop.Web.Framework); the KPI capture's consumer takes its service lazily
        services.AddScoped(typeof(Lazy<>), typeof(Nop.Web.Framework.Infrastructure.LazyInstance<>));

        Fake<IOrderService, RepositoryOrderService>(services);
        Fake<IShipmentService, RepositoryShipmentService>(services);
        Fake<IOrderProcessingService, RepositoryOrderProcessingService>(services);
        Fake<IProductService, RepositoryProductService>(services);
        Fake<IProductAttributeParser, RepositoryProductAttributeParser>(services);
        Fake<IQueuedEmailService, RepositoryQueuedEmailService>(services);
        Fake<IWorkflowMessageService, RepositoryWorkflowMessageService>(services);
        Fake<IEmailAccountService, RepositoryEmailAccountService>(services);
        Fake<ISettingService, RepositorySettingService>(services);
        Fake<ILanguageService, RepositoryLanguageService>(services);
        Fake<ILocalizedEntityService, RepositoryLocalizedEntityService>(services);
        Fake<ITopicService, RepositoryTopicService>(services);
        Fake<IUrlRecordService, RepositoryUrlRecordService>(services);
        Fake<ICustomerService, RepositoryCustomerService>(services);
        Fake<IStoreService, RepositoryStores>(services);
        services.AddSingleton<IStoreContext>(sp => sp.GetRequiredService<RepositoryStores>());
        Fake<ILocalizationService, PluginTextLocalizationService>(services);
        Fake<ITokenizer, TestTokenizer>(services);
        Fake<IDateTimeHelper, UtcDateTimeHelper>(services);
        Fake<IPictureService, FakePictureService>(services);
        Fake<ICurrencyService, FakeCurrencyService>(services);
        Fake<IPriceFormatter, FakePriceFormatter>(services);
        //no plugin class is loaded in a data app: a consumer asking for the plugin (AdminMenuConsumer, LanguageAddedConsumer)
        //finds it not installed and does nothing; PluginStore (Infrastructure/) tests the plugin class
        services.AddSingleton<INopFileProvider>(new NopFileProvider(Web.PluginTestHost.NopWebRoot));
        services.AddSingleton(new TestPlugins());
        services.AddScoped(typeof(IPluginManager<>), typeof(FakePluginManager<>));
        services.AddSingleton(sp => new RepositoryMessageTokenProvider(type => sp.GetRequiredService(typeof(IRepository<>).MakeGenericType(type))));
        services.AddSingleton<IMessageTokenProvider>(sp => sp.GetRequiredService<RepositoryMessageTokenProvider>());
        services.AddSingleton(sp => new RepositoryPermissionService(sp.GetRequiredService<IRepository<PermissionRecord>>(),
            sp.GetRequiredService<IRepository<PermissionRecordCustomerRoleMapping>>(), sp.GetRequiredService<IRepository<CustomerRole>>(),
            sp.GetRequiredService<IRepository<CustomerCustomerRoleMapping>>(), sp.GetRequiredService<ILocalizationService>(), Context));
        services.AddSingleton<IPermissionService>(sp => sp.GetRequiredService<RepositoryPermissionService>());
    }

    /// <summary>The fake under its own type (tests read it) and as the nopCommerce service it stands for.</summary>
    private static void Fake<TService, TFake>(IServiceCollection services) where TService : class where TFake : class, TService
    {
        services.AddSingleton<TFake>();
        services.AddSingleton<TService>(sp => sp.GetRequiredService<TFake>());
    }

    /// <summary>What nopCommerce registers for a plugin assembly by itself, then the plugin's own INopStartup registrations.</summary>
    private static void AddPluginServices(IServiceCollection services)
    {
        PluginRegistrations.AddConsumers(services);
        PluginRegistrations.AddSettings(services, _ => 0);
        PluginRegistrations.AddStartups(services, new ConfigurationBuilder().Build());
    }
}
