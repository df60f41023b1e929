using System.Xml.Linq;
using Moq;
using Nop.Core;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Messages;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Seo;
using Nop.Core.Domain.Shipping;
using Nop.Core.Domain.Stores;
using Nop.Core.Domain.Topics;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Replies.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.Factories;
using Nop.Plugin.Misc.MerchantOps.Replies.Services;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Nop.Plugin.Misc.MerchantOps.Tests.NopFakes;
using Nop.Plugin.Misc.MerchantOps.Tests.Packing;
using Nop.Plugin.Misc.MerchantOps.Tests.Packing.Web;
using Nop.Services.Customers;
using Nop.Services.Localization;
using Nop.Services.Security;
using Nop.Services.Stores;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Replies;

/// <summary>
/// The reply services of one application instance over a test database, wired as RepliesStartup wires them, with
/// nopCommerce's services as row-writing fakes: queued emails, order notes, topics, URL records and localized
/// properties are real rows; tokens come from <see cref="RepositoryMessageTokenProvider"/> (nopCommerce's keys)
/// through <see cref="TestTokenizer"/>. A second instance has its own cache and events.
/// </summary>
public sealed class RepliesApp
{
    private static readonly Dictionary<string, Dictionary<string, string>> Resources = new()
    {
        ["en"] = LoadResources("MerchantOps.en-US.xml"),
        ["fr"] = LoadResources("MerchantOps.fr-FR.xml")
    };

    private readonly TestDatabase _database;
    private readonly bool _anotherInstance;

    public RepliesApp(TestDatabase database, TestClock clock, bool anotherInstance = false, ShipFailures failures = null)
    {
        _database = database;
        _anotherInstance = anotherInstance;
        Clock = clock;
        Failures = failures ?? new ShipFailures();
        Cache = anotherInstance ? new InMemoryStaticCacheManager() : database.CacheManager;
        Events = anotherInstance ? new RecordingEventPublisher() : database.EventPublisher;

        Languages = new RepositoryLanguageService(Repo<Language>());
        ShipmentService = new RepositoryShipmentService(Repo<Shipment>(), Repo<ShipmentItem>(), Failures);
        OrderService = new RepositoryOrderService(Repo<Order>(), Repo<OrderItem>(), Repo<OrderNote>(), Repo<Product>(), ShipmentService, Failures);
        QueuedEmails = new RepositoryQueuedEmailService(Repo<QueuedEmail>(), Failures);
        EmailAccounts = new RepositoryEmailAccountService(Repo<EmailAccount>());
        TokenProvider = new RepositoryMessageTokenProvider(RepoOf);
        Topics = new RepositoryTopicService(Repo<Topic>());
        UrlRecords = new RepositoryUrlRecordService(Repo<UrlRecord>(), Repo<Language>());
        LocalizedEntities = new RepositoryLocalizedEntityService(Repo<LocalizedProperty>());

        var customers = new Mock<ICustomerService>();
        customers.Setup(c => c.GetCustomerByIdAsync(It.IsAny<int>())).Returns((int id) => Repo<Customer>().GetByIdAsync(id));
        customers.Setup(c => c.GetCustomerFullNameAsync(It.IsAny<Customer>()))
            .Returns((Customer c) => Task.FromResult($"{c.FirstName} {c.LastName}".Trim()));

        var stores = new Mock<IStoreService>();
        stores.Setup(s => s.GetStoreByIdAsync(It.IsAny<int>())).Returns((int id) => Repo<Store>().GetByIdAsync(id));
        stores.Setup(s => s.GetAllStoresAsync()).Returns(async () => await Repo<Store>().Table.OrderBy(s => s.Id).ToListAsync());

        var storeContext = new Mock<IStoreContext>();
        storeContext.Setup(s => s.GetCurrentStoreAsync()).Returns(async () => await Repo<Store>().Table.OrderBy(s => s.Id).FirstOrDefaultAsync(s => s.Id > 0));

        var localization = new Mock<ILocalizationService>();
        localization.Setup(l => l.GetResourceAsync(It.IsAny<string>())).Returns((string key) => Task.FromResult(Resource("en", key)));
        localization.Setup(l => l.GetResourceAsync(It.IsAny<string>(), It.IsAny<int>(), It.IsAny<bool>(), It.IsAny<string>(), It.IsAny<bool>()))
            .Returns(async (string key, int languageId, bool _, string defaultValue, bool _) =>
            {
                var language = await Repo<Language>().GetByIdAsync(languageId);
                return Resource(language?.LanguageCulture?[..2] ?? "en", key) ?? defaultValue;
            });

        var accounts = new ReplyEmailAccounts(EmailAccountSettings, EmailAccounts);
        Recipients = new ReplyRecipientService(Repo<Address>(), customers.Object, Languages, Repo<OrderItem>(), OrderService,
            Repo<Product>(), storeContext.Object, stores.Object, Context);
        Tokens = new ReplyTokenService(accounts, TokenProvider, Recipients, ShipmentService, new TestTokenizer());
        Library = new CannedReplyService(Languages, Repo<CannedReply>(), storeContext.Object, stores.Object, clock, Tokens);
        Sender = new ReplySendService(customers.Object, localization.Object, Repo<OrderNote>(), OrderService, Repo<QueuedEmail>(), QueuedEmails,
            Recipients, Repo<CannedReply>(), Repo<CannedReplySend>(), clock, Tokens, Context);
        Log = new ReplyLogService(Repo<Customer>(), Repo<Order>(), Repo<QueuedEmail>(), Repo<CannedReply>(), Repo<CannedReplySend>(), Context);
        Csv = new ReplyCsvService(Languages, Repo<CannedReply>(), Library, stores.Object, clock);
        Faq = new ReplyFaqService(Library, accounts, Languages, localization.Object, LocalizedEntities, TokenProvider, storeContext.Object,
            new TestTokenizer(), Topics, UrlRecords);
        Seeder = new ReplySeeder(Languages, Repo<CannedReply>(), clock);

        var display = new ReplyDisplay(customers.Object, new UtcDateTimeHelper(), Languages, localization.Object, stores.Object, Context);
        Card = new ReplyCardModelFactory(display, new ReplyModelFactory(display, Log, Mock.Of<IPermissionService>(), Library, Tokens),
            Recipients, Library, storeContext.Object, Tokens);
    }

    public TestClock Clock { get; }
    public ShipFailures Failures { get; }
    public InMemoryStaticCacheManager Cache { get; }
    public RecordingEventPublisher Events { get; }
    public PackerContext Context { get; } = new();
    public EmailAccountSettings EmailAccountSettings { get; } = new();

    public RepositoryLanguageService Languages { get; }
    public RepositoryShipmentService ShipmentService { get; }
    public RepositoryOrderService OrderService { get; }
    public RepositoryQueuedEmailService QueuedEmails { get; }
    public RepositoryEmailAccountService EmailAccounts { get; }
    public RepositoryMessageTokenProvider TokenProvider { get; }
    public RepositoryTopicService Topics { get; }
    public RepositoryUrlRecordService UrlRecords { get; }
    public RepositoryLocalizedEntityService LocalizedEntities { get; }

    public ReplyRecipientService Recipients { get; }
    public ReplyTokenService Tokens { get; }
    public ICannedReplyService Library { get; }
    public IReplySendService Sender { get; }
    public IReplyLogService Log { get; }
    public IReplyCsvService Csv { get; }
    public IReplyFaqService Faq { get; }
    public ReplySeeder Seeder { get; }

    /// <summary>The order/customer card's models (preview, send request and answer), as its AJAX actions call them.</summary>
    public ReplyCardModelFactory Card { get; }

    /// <summary>Signs a staff member in (and, for a vendor's staff, their vendor).</summary>
    public RepliesApp As(Customer staff, int vendorId = 0)
    {
        Context.Customer = staff;
        Context.Vendor = vendorId == 0 ? null : new Nop.Core.Domain.Vendors.Vendor { Id = vendorId, Name = $"Vendor {vendorId}", Active = true };
        return this;
    }

    public IRepository<T> Repo<T>() where T : BaseEntity =>
        _anotherInstance ? _database.RepositoryOfAnotherInstance<T>(Cache, Events) : _database.Repository<T>();

    public static string Resource(string language, string key) =>
        Resources[language].TryGetValue(key, out var value) ? value : null;

    private object RepoOf(Type entityType) =>
        typeof(RepliesApp).GetMethod(nameof(Repo))!.MakeGenericMethod(entityType).Invoke(this, null);

    private static Dictionary<string, string> LoadResources(string file) =>
        XDocument.Load(TestPaths.InRepository("Localization", file)).Root!.Elements("LocaleResource")
            .ToDictionary(e => e.Attribute("Name")!.Value, e => e.Element("Value")!.Value, StringComparer.OrdinalIgnoreCase);
}
