using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Messages;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Replies.Factories;
using Nop.Plugin.Misc.MerchantOps.Replies.Services;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Replies;

/// <summary>
/// The reply services of one application instance (<see cref="StoreApp"/>: registered by RepliesStartup, resolved
/// from the app's container), with nopCommerce's services as row-writing fakes: queued emails, order notes, topics,
/// URL records and localized properties are real rows; tokens come from <see cref="RepositoryMessageTokenProvider"/>
/// (nopCommerce's keys) through <see cref="TestTokenizer"/>; texts from the plugin's resource files
/// (<see cref="PluginTextLocalizationService"/>). A second instance has its own cache and events.
/// </summary>
public sealed class RepliesApp
{
    public RepliesApp(TestDatabase database, TestClock clock, bool anotherInstance = false, InjectedFaults faults = null)
        : this(new StoreApp(database, clock, anotherInstance, faults))
    {
    }

    public RepliesApp(StoreApp store)
    {
        StoreApp = store;
    }

    /// <summary>The application instance the reply services come from.</summary>
    public StoreApp StoreApp { get; }

    public TestClock Clock => StoreApp.Clock;
    public InjectedFaults Faults => StoreApp.Faults;
    public InMemoryStaticCacheManager Cache => StoreApp.Cache;
    public RecordingEventPublisher Events => StoreApp.Events;
    public StaffWorkContext Context => StoreApp.Context;
    public EmailAccountSettings EmailAccountSettings => StoreApp.Get<EmailAccountSettings>();

    public RepositoryLanguageService Languages => StoreApp.Get<RepositoryLanguageService>();
    public RepositoryShipmentService ShipmentService => StoreApp.Get<RepositoryShipmentService>();
    public RepositoryOrderService OrderService => StoreApp.Get<RepositoryOrderService>();
    public RepositoryQueuedEmailService QueuedEmails => StoreApp.Get<RepositoryQueuedEmailService>();
    public RepositoryEmailAccountService EmailAccounts => StoreApp.Get<RepositoryEmailAccountService>();
    public RepositoryMessageTokenProvider TokenProvider => StoreApp.Get<RepositoryMessageTokenProvider>();
    public RepositoryTopicService Topics => StoreApp.Get<RepositoryTopicService>();
    public RepositoryUrlRecordService UrlRecords => StoreApp.Get<RepositoryUrlRecordService>();
    public RepositoryLocalizedEntityService LocalizedEntities => StoreApp.Get<RepositoryLocalizedEntityService>();

    public ReplyRecipientService Recipients => StoreApp.Get<ReplyRecipientService>();
    public ReplyTokenService Tokens => StoreApp.Get<ReplyTokenService>();
    public ICannedReplyService Library => StoreApp.Get<ICannedReplyService>();
    public IReplySendService Sender => StoreApp.Get<IReplySendService>();
    public IReplyLogService Log => StoreApp.Get<IReplyLogService>();
    public IReplyCsvService Csv => StoreApp.Get<IReplyCsvService>();
    public IReplyFaqService Faq => StoreApp.Get<IReplyFaqService>();
    public ReplySeeder Seeder => StoreApp.Get<ReplySeeder>();

    /// <summary>The order/customer card's models (preview, send request and answer), as its AJAX actions call them.</summary>
    public ReplyCardModelFactory Card => StoreApp.Get<ReplyCardModelFactory>();

    /// <summary>Signs a staff member in (and, for a vendor's staff, their vendor).</summary>
    public RepliesApp As(Customer staff, int vendorId = 0)
    {
        StoreApp.As(staff, vendorId);
        return this;
    }

    public IRepository<T> Repo<T>() where T : BaseEntity => StoreApp.Repo<T>();

    /// <summary>The plugin's text of <paramref name="key"/> in "en" or "fr" (its resource files); null when there is none.</summary>
    public static string Resource(string language, string key) => PluginTextLocalizationService.Resource(language, key);
}
