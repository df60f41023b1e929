using Nop.Core.Domain.Common;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Messages;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Shipping;
using Nop.Core.Domain.Stores;
using Nop.Data;
using Nop.Services.Messages;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;

/// <summary>
/// The workflow messages shipping sends, queued as real QueuedEmail rows the way nopCommerce 4.90.3's
/// WorkflowMessageService does: the message language made an active one (none at all throws), the active templates
/// of the system name (none: nothing queued, an empty list), per template its email account (the template's, else
/// the default, else the first), tokens replaced in subject and body, one high-priority email per template through
/// IQueuedEmailService, the ids returned. The customer's emails go to the billing address; the store owner's to the
/// email account.
/// Leaves out: localized template fields and store mappings of templates, BCC, delayed sending, attachments (PDF
/// invoices), reply-to, and MessageTokensAddedEvent.
/// </summary>
public class RepositoryWorkflowMessageService : IWorkflowMessageService
{
    /// <summary>nopCommerce's MessageTemplateSystemNames for the messages shipping sends.</summary>
    public const string ShipmentSentCustomer = "ShipmentSent.CustomerNotification";
    public const string OrderCompletedCustomer = "OrderCompleted.CustomerNotification";
    public const string OrderCompletedStoreOwner = "OrderCompleted.StoreOwnerNotification";

    private readonly IRepository<Address> _addresses;
    private readonly IRepository<EmailAccount> _emailAccounts;
    private readonly EmailAccountSettings _emailAccountSettings;
    private readonly IRepository<Language> _languages;
    private readonly IQueuedEmailService _queuedEmailService;
    private readonly IRepository<Order> _orders;
    private readonly IRepository<Store> _stores;
    private readonly IRepository<MessageTemplate> _templates;
    private readonly IMessageTokenProvider _tokenProvider;
    private readonly ITokenizer _tokenizer;

    public RepositoryWorkflowMessageService(IRepository<MessageTemplate> templates, IRepository<EmailAccount> emailAccounts,
        EmailAccountSettings emailAccountSettings, IRepository<Language> languages, IRepository<Order> orders, IRepository<Address> addresses,
        IRepository<Store> stores, IMessageTokenProvider tokenProvider, ITokenizer tokenizer, IQueuedEmailService queuedEmailService)
    {
        _templates = templates;
        _emailAccounts = emailAccounts;
        _emailAccountSettings = emailAccountSettings;
        _languages = languages;
        _orders = orders;
        _addresses = addresses;
        _stores = stores;
        _tokenProvider = tokenProvider;
        _tokenizer = tokenizer;
        _queuedEmailService = queuedEmailService;
    }

    public async Task<IList<int>> SendShipmentSentCustomerNotificationAsync(Shipment shipment, int languageId)
    {
        ArgumentNullException.ThrowIfNull(shipment);
        var order = await _orders.GetByIdAsync(shipment.OrderId) ?? throw new Exception("Order cannot be loaded");

        return await SendAsync(ShipmentSentCustomer, order, languageId, toCustomer: true,
            async (tokens, language) => await _tokenProvider.AddShipmentTokensAsync(tokens, shipment, language));
    }

    public Task<IList<int>> SendOrderCompletedCustomerNotificationAsync(Order order, int languageId) =>
        SendAsync(OrderCompletedCustomer, order, languageId, toCustomer: true, null);

    public Task<IList<int>> SendOrderCompletedStoreOwnerNotificationAsync(Order order, int languageId) =>
        SendAsync(OrderCompletedStoreOwner, order, languageId, toCustomer: false, null);

    private async Task<IList<int>> SendAsync(string templateName, Order order, int languageId, bool toCustomer,
        Func<List<Token>, int, Task> addFirstTokens)
    {
        var store = await _stores.GetByIdAsync(order.StoreId);
        languageId = await ActiveLanguageIdAsync(languageId);

        var templates = await _templates.Table.Where(t => t.Name == templateName && t.IsActive).OrderBy(t => t.Id).ToListAsync();
        if (templates.Count == 0)
            return new List<int>();

        var commonTokens = new List<Token>();
        if (addFirstTokens is not null)
            await addFirstTokens(commonTokens, languageId);
        await _tokenProvider.AddOrderTokensAsync(commonTokens, order, languageId);
        await _tokenProvider.AddCustomerTokensAsync(commonTokens, order.CustomerId);

        var ids = new List<int>();
        foreach (var template in templates)
        {
            var account = await _emailAccounts.GetByIdAsync(template.EmailAccountId)
                ?? await _emailAccounts.GetByIdAsync(_emailAccountSettings.DefaultEmailAccountId)
                ?? await _emailAccounts.Table.OrderBy(a => a.Id).FirstOrDefaultAsync();
            var tokens = new List<Token>(commonTokens);
            if (store is not null)
                await _tokenProvider.AddStoreTokensAsync(tokens, store, account, languageId);

            string to, toName;
            if (toCustomer)
            {
                var billing = await _addresses.GetByIdAsync(order.BillingAddressId);
                (to, toName) = (billing.Email, $"{billing.FirstName} {billing.LastName}");
            }
            else
                (to, toName) = (account.Email, account.DisplayName);

            var email = new QueuedEmail
            {
                Priority = QueuedEmailPriority.High,
                From = account.Email,
                FromName = account.DisplayName,
                To = to,
                ToName = toName,
                CC = string.Empty,
                Subject = _tokenizer.Replace(template.Subject, tokens, false),
                Body = _tokenizer.Replace(template.Body, tokens, true),
                AttachedDownloadId = template.AttachedDownloadId,
                CreatedOnUtc = DateTime.UtcNow,
                EmailAccountId = account.Id
            };
            await _queuedEmailService.InsertQueuedEmailAsync(email);
            ids.Add(email.Id);
        }

        return ids;
    }

    private async Task<int> ActiveLanguageIdAsync(int languageId)
    {
        var language = await _languages.GetByIdAsync(languageId);
        if (language is null || !language.Published)
            language = await _languages.Table.Where(l => l.Published).OrderBy(l => l.DisplayOrder).ThenBy(l => l.Id).FirstOrDefaultAsync();

        return language?.Id ?? throw new Exception("No active language could be loaded");
    }
}
