using Nop.Core;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Messages;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Shipping;
using Nop.Core.Domain.Stores;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Replies.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.Services.Contracts;
using Nop.Services.Customers;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Services.Orders;
using Nop.Services.Shipping;
using Nop.Services.Stores;
using Keys = Nop.Plugin.Misc.MerchantOps.Replies.Domain.ReplyResourceKeys.Render;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Services;

/// <summary>
/// Fills replies with nopCommerce's own message tokens: IMessageTokenProvider gives the tokens (store with the
/// email account, order in the customer's language, customer, the order's latest shipment), ITokenizer replaces
/// them — the body with every value HTML-encoded (htmlEncode = true), the subject as nopCommerce does for its own
/// emails (not encoded: it is a plain-text header; screens encode it when they show it).
/// </summary>
public class ReplyTokenService : IReplyTokenService
{
    private static readonly string[] OrderGroups = [TokenGroupNames.StoreTokens, TokenGroupNames.CustomerTokens, TokenGroupNames.OrderTokens, TokenGroupNames.ShipmentTokens];
    private static readonly string[] CustomerGroups = [TokenGroupNames.StoreTokens, TokenGroupNames.CustomerTokens];

    private readonly IRepository<Address> _addresses;
    private readonly ICustomerService _customerService;
    private readonly ReplyEmailAccounts _emailAccounts;
    private readonly ILanguageService _languageService;
    private readonly IMessageTokenProvider _messageTokenProvider;
    private readonly IRepository<OrderItem> _orderItems;
    private readonly IOrderService _orderService;
    private readonly IRepository<Product> _products;
    private readonly IShipmentService _shipmentService;
    private readonly IStoreContext _storeContext;
    private readonly IStoreService _storeService;
    private readonly ITokenizer _tokenizer;
    private readonly IWorkContext _workContext;

    public ReplyTokenService(IRepository<Address> addresses,
        ICustomerService customerService,
        ReplyEmailAccounts emailAccounts,
        ILanguageService languageService,
        IMessageTokenProvider messageTokenProvider,
        IRepository<OrderItem> orderItems,
        IOrderService orderService,
        IRepository<Product> products,
        IShipmentService shipmentService,
        IStoreContext storeContext,
        IStoreService storeService,
        ITokenizer tokenizer,
        IWorkContext workContext)
    {
        _addresses = addresses;
        _customerService = customerService;
        _emailAccounts = emailAccounts;
        _languageService = languageService;
        _messageTokenProvider = messageTokenProvider;
        _orderItems = orderItems;
        _orderService = orderService;
        _products = products;
        _shipmentService = shipmentService;
        _storeContext = storeContext;
        _storeService = storeService;
        _tokenizer = tokenizer;
        _workContext = workContext;
    }

    public async Task<IList<string>> GetAllowedTokensAsync(ReplyContextKind kind) =>
        (await _messageTokenProvider.GetListOfAllowedTokensAsync(kind == ReplyContextKind.Order ? OrderGroups : CustomerGroups)).ToList();

    public async Task<RenderedReply> RenderForOrderAsync(int orderId, string subject, string body, int languageId = 0) =>
        (await RenderAsync(orderId, 0, subject, body, languageId)).Rendered;

    public async Task<RenderedReply> RenderForCustomerAsync(int customerId, string subject, string body, int languageId = 0) =>
        (await RenderAsync(0, customerId, subject, body, languageId)).Rendered;

    /// <summary>
    /// Renders for an order (orderId &gt; 0) or a customer, and returns what was loaded on the way, for the send
    /// service. Not found: the order does not exist, is deleted or (vendor) holds none of the vendor's items; the
    /// customer does not exist or is deleted; or a vendor asks for a customer.
    /// </summary>
    public async Task<ReplyRendering> RenderAsync(int orderId, int customerId, string subject, string body, int languageId)
    {
        var vendor = await _workContext.GetCurrentVendorAsync();
        var vendorId = vendor?.Id ?? 0;

        Order order = null;
        Customer customer;
        if (orderId > 0)
        {
            order = await _orderService.GetOrderByIdAsync(orderId);
            if (order == null || order.Deleted || vendorId > 0 && !await HasVendorItemsAsync(order.Id, vendorId))
                return ReplyRendering.NotFound(Keys.OrderNotFound);
            customer = await _customerService.GetCustomerByIdAsync(order.CustomerId);
        }
        else
        {
            customer = vendorId > 0 ? null : await _customerService.GetCustomerByIdAsync(customerId);
            if (customer == null || customer.Deleted)
                return ReplyRendering.NotFound(Keys.CustomerNotFound);
        }

        var store = (order != null ? await _storeService.GetStoreByIdAsync(order.StoreId) : null) ?? await _storeContext.GetCurrentStoreAsync();
        languageId = await ResolveLanguageIdAsync(languageId, customer, order, store);
        var emailAccount = await _emailAccounts.GetDefaultAsync();

        // Without a template (the card asks only who would receive it) nopCommerce's tokens are not built: the order
        // tokens render the whole product table, on every order page view.
        var hasTemplate = !string.IsNullOrWhiteSpace(subject) || !string.IsNullOrWhiteSpace(body);
        var tokens = new List<Token>();
        // nopCommerce's store tokens need an account; without one the preview still renders (Store.Email empty).
        if (hasTemplate)
            await _messageTokenProvider.AddStoreTokensAsync(tokens, store, emailAccount ?? new EmailAccount { Email = string.Empty }, languageId);
        if (hasTemplate && customer != null)
            await _messageTokenProvider.AddCustomerTokensAsync(tokens, customer);

        var warnings = new List<string>();
        var allowed = await GetAllowedTokensAsync(order != null ? ReplyContextKind.Order : ReplyContextKind.Customer);
        string toEmail, toName;
        if (order != null && hasTemplate)
        {
            await _messageTokenProvider.AddOrderTokensAsync(tokens, order, languageId, vendorId);
            var shipment = (await _shipmentService.GetShipmentsByOrderIdAsync(order.Id, vendorId: vendorId))
                .OrderByDescending(s => s.CreatedOnUtc).ThenByDescending(s => s.Id).FirstOrDefault();
            if (shipment != null)
                await _messageTokenProvider.AddShipmentTokensAsync(tokens, shipment, languageId);
            else
            {
                // Shipment placeholders become empty rather than staying as typed in the customer's email.
                foreach (var placeholder in allowed.Where(token => token.StartsWith("%Shipment.", StringComparison.Ordinal)))
                    tokens.Add(new Token(ReplyTokens.KeyOf(placeholder), string.Empty));
                if (ReplyTokens.FindPlaceholders(subject + "\n" + body).Any(token => token.StartsWith("%Shipment.", StringComparison.Ordinal)))
                    warnings.Add(Keys.NoShipment);
            }
        }

        if (order != null)
        {
            // As nopCommerce's own order emails: to the billing address, else the customer's account email.
            var billing = await _addresses.GetByIdAsync(order.BillingAddressId);
            toEmail = FirstNonEmpty(billing?.Email, customer?.Email);
            toName = billing != null ? $"{billing.FirstName} {billing.LastName}".Trim() : null;
            if (string.IsNullOrEmpty(toName) && customer != null)
                toName = await _customerService.GetCustomerFullNameAsync(customer);
        }
        else
        {
            toEmail = customer.Email;
            toName = await _customerService.GetCustomerFullNameAsync(customer);
        }

        if (string.IsNullOrWhiteSpace(toEmail))
            warnings.Add(Keys.NoEmailAddress);
        if (emailAccount == null)
            warnings.Add(Keys.NoEmailAccount);

        var produced = tokens.Select(token => "%" + token.Key + "%").ToHashSet(StringComparer.Ordinal);
        var unknown = ReplyTokens.FindUnknown(new[] { subject, body }, allowed.Where(produced.Contains));

        var rendered = new RenderedReply
        {
            Found = true,
            Subject = Replace(subject, tokens, false),
            Body = Replace(body, tokens, true),
            LanguageId = languageId,
            ToEmail = string.IsNullOrWhiteSpace(toEmail) ? null : toEmail.Trim(),
            ToName = string.IsNullOrWhiteSpace(toName) ? null : toName.Trim(),
            UnknownTokens = unknown.ToList(),
            WarningKeys = warnings
        };

        return new ReplyRendering(rendered, Keys.OrderNotFound, order, customer, store, emailAccount);
    }

    /// <summary>The language asked for, else the customer's, else the order's, else the store's default, else the first one: published languages only.</summary>
    public async Task<int> ResolveLanguageIdAsync(int languageId, Customer customer, Order order, Store store)
    {
        foreach (var candidate in new[] { languageId, customer?.LanguageId ?? 0, order?.CustomerLanguageId ?? 0, store?.DefaultLanguageId ?? 0 })
            if (candidate > 0 && await _languageService.GetLanguageByIdAsync(candidate) is Language { Published: true })
                return candidate;

        return (await _languageService.GetAllLanguagesAsync(storeId: store?.Id ?? 0)).FirstOrDefault()?.Id ?? 0;
    }

    private string Replace(string template, IList<Token> tokens, bool htmlEncode) =>
        // nopCommerce's tokenizer refuses a blank template.
        string.IsNullOrWhiteSpace(template) ? template ?? string.Empty : _tokenizer.Replace(template, tokens, htmlEncode);

    private Task<bool> HasVendorItemsAsync(int orderId, int vendorId) =>
        (from item in _orderItems.Table
         join product in _products.Table on item.ProductId equals product.Id
         where item.OrderId == orderId && product.VendorId == vendorId
         select item.Id).AnyAsync(id => id > 0);

    private static string FirstNonEmpty(params string[] values) => values.FirstOrDefault(value => !string.IsNullOrWhiteSpace(value));
}
