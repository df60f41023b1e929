using Nop.Core;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Stores;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Replies.Services.Contracts;
using Nop.Services.Customers;
using Nop.Services.Localization;
using Nop.Services.Orders;
using Nop.Services.Stores;
using Keys = Nop.Plugin.Misc.MerchantOps.Replies.Domain.ReplyResourceKeys.Render;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Services;

/// <summary>
/// Who receives a reply and whether the current user may see them: the target order or customer (a vendor sees only
/// orders holding the vendor's items, and no customer page), the address (as nopCommerce's own order emails: the
/// billing address, else the customer's account email) and the language. Asked once per request; rendering and
/// sending use what it found.
/// </summary>
public class ReplyRecipientService
{
    private readonly IRepository<Address> _addresses;
    private readonly ICustomerService _customerService;
    private readonly ILanguageService _languageService;
    private readonly IRepository<OrderItem> _orderItems;
    private readonly IOrderService _orderService;
    private readonly IRepository<Product> _products;
    private readonly IStoreContext _storeContext;
    private readonly IStoreService _storeService;
    private readonly IWorkContext _workContext;

    public ReplyRecipientService(IRepository<Address> addresses,
        ICustomerService customerService,
        ILanguageService languageService,
        IRepository<OrderItem> orderItems,
        IOrderService orderService,
        IRepository<Product> products,
        IStoreContext storeContext,
        IStoreService storeService,
        IWorkContext workContext)
    {
        _addresses = addresses;
        _customerService = customerService;
        _languageService = languageService;
        _orderItems = orderItems;
        _orderService = orderService;
        _products = products;
        _storeContext = storeContext;
        _storeService = storeService;
        _workContext = workContext;
    }

    /// <summary>
    /// The recipient of a reply sent from an order (orderId &gt; 0) or a customer, in the language asked for (0: the
    /// customer's). Not found: the order does not exist, is deleted or (vendor) holds none of the vendor's items; the
    /// customer does not exist or is deleted; or a vendor asks for a customer.
    /// </summary>
    public virtual async Task<ReplyRecipient> FindAsync(int orderId, int customerId, int languageId)
    {
        var vendor = await _workContext.GetCurrentVendorAsync();
        return await FindAsync(orderId, customerId, languageId, vendor?.Id ?? 0, 0);
    }

    /// <summary>
    /// The recipient of a reply sent by software (a follow-up rule's schedule task), where nobody is signed in: no
    /// vendor restriction (in a nopCommerce schedule task the current customer is the built-in background-task account,
    /// which has no vendor — or, for "Run now", the administrator), and the store is the rule's target's
    /// (<paramref name="storeId"/>; an order's own store wins), never the store the task's request happened to reach.
    /// </summary>
    public virtual Task<ReplyRecipient> FindForAutomaticSendAsync(int orderId, int customerId, int languageId, int storeId) =>
        FindAsync(orderId, customerId, languageId, 0, storeId);

    private async Task<ReplyRecipient> FindAsync(int orderId, int customerId, int languageId, int vendorId, int storeId)
    {
        Order order = null;
        Customer customer;
        if (orderId > 0)
        {
            order = await _orderService.GetOrderByIdAsync(orderId);
            if (order == null || order.Deleted || vendorId > 0 && !await HasVendorItemsAsync(order.Id, vendorId))
                return ReplyRecipient.NotFound(Keys.OrderNotFound);
            customer = await _customerService.GetCustomerByIdAsync(order.CustomerId);
        }
        else
        {
            customer = vendorId > 0 ? null : await _customerService.GetCustomerByIdAsync(customerId);
            if (customer == null || customer.Deleted)
                return ReplyRecipient.NotFound(Keys.CustomerNotFound);
        }

        var store = (order != null ? await _storeService.GetStoreByIdAsync(order.StoreId) : null)
            ?? (storeId > 0 ? await _storeService.GetStoreByIdAsync(storeId) : null)
            ?? await _storeContext.GetCurrentStoreAsync();
        languageId = await ResolveLanguageIdAsync(languageId, customer, order, store);

        string toEmail, toName;
        if (order != null)
        {
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

        return new ReplyRecipient(true, null, order, customer, store, vendorId, languageId,
            string.IsNullOrWhiteSpace(toEmail) ? null : toEmail.Trim(),
            string.IsNullOrWhiteSpace(toName) ? null : toName.Trim());
    }

    /// <summary>The same recipient written to in another language (asked for, else the customer's, ...): nothing is loaded again.</summary>
    public virtual async Task<ReplyRecipient> InLanguageAsync(ReplyRecipient recipient, int languageId)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        if (!recipient.Found)
            return recipient;

        return recipient with { LanguageId = await ResolveLanguageIdAsync(languageId, recipient.Customer, recipient.Order, recipient.Store) };
    }

    /// <summary>The language asked for, else the customer's, else the order's, else the store's default, else the first one: published languages only.</summary>
    public virtual async Task<int> ResolveLanguageIdAsync(int languageId, Customer customer, Order order, Store store)
    {
        foreach (var candidate in new[] { languageId, customer?.LanguageId ?? 0, order?.CustomerLanguageId ?? 0, store?.DefaultLanguageId ?? 0 })
            if (candidate > 0 && await _languageService.GetLanguageByIdAsync(candidate) is Language { Published: true })
                return candidate;

        return (await _languageService.GetAllLanguagesAsync(storeId: store?.Id ?? 0)).FirstOrDefault()?.Id ?? 0;
    }

    private Task<bool> HasVendorItemsAsync(int orderId, int vendorId) =>
        (from item in _orderItems.Table
         join product in _products.Table on item.ProductId equals product.Id
         where item.OrderId == orderId && product.VendorId == vendorId
         select item.Id).AnyAsync(id => id > 0);

    private static string FirstNonEmpty(params string[] values) => values.FirstOrDefault(value => !string.IsNullOrWhiteSpace(value));
}
