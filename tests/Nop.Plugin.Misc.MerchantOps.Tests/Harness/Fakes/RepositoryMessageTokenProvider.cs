using System.Globalization;
using System.Net;
using System.Text;
using Nop.Core;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Directory;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Messages;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Shipping;
using Nop.Core.Domain.Stores;
using Nop.Data;
using Nop.Services.Messages;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;

/// <summary>
/// IMessageTokenProvider over real rows for the store, customer, order and shipment groups. The token KEYS, the
/// allowed-token lists and the NeverHtmlEncoded flags are those of nopCommerce 4.90.3's MessageTokenProvider
/// (src/Libraries/Nop.Services/Messages/MessageTokenProvider.cs: AllowedTokens, AddStoreTokensAsync,
/// AddOrderTokensAsync, AddShipmentTokensAsync, AddCustomerTokensAsync); the values come from the rows, formatted
/// more simply (no address formatter, payment plugin names, shipment trackers or route URLs): enough for tests
/// that a reply renders with no unknown token and that customer data is encoded.
/// Like nopCommerce: AddStoreTokensAsync throws for a null email account; "%Wishlist.URLForCustomer%" is allowed
/// but not produced by AddCustomerTokensAsync, and "Customer.Company" is produced but not in the allowed list.
/// </summary>
public class RepositoryMessageTokenProvider : IMessageTokenProvider
{
    public static readonly IReadOnlyDictionary<string, string[]> AllowedTokens = new Dictionary<string, string[]>
    {
        [TokenGroupNames.StoreTokens] =
        [
            "%Store.Name%", "%Store.URL%", "%Store.Email%", "%Store.CompanyName%", "%Store.CompanyAddress%",
            "%Store.CompanyPhoneNumber%", "%Store.CompanyVat%", "%Facebook.URL%", "%Twitter.URL%", "%YouTube.URL%", "%Instagram.URL%"
        ],
        [TokenGroupNames.CustomerTokens] =
        [
            "%Customer.Email%", "%Customer.Username%", "%Customer.FullName%", "%Customer.FirstName%", "%Customer.LastName%",
            "%Customer.VatNumber%", "%Customer.VatNumberStatus%", "%Customer.CustomAttributes%", "%Customer.PasswordRecoveryURL%",
            "%Customer.AccountActivationURL%", "%Customer.EmailRevalidationURL%", "%Wishlist.URLForCustomer%"
        ],
        [TokenGroupNames.OrderTokens] =
        [
            "%Order.OrderNumber%", "%Order.CustomerFullName%", "%Order.CustomerEmail%", "%Order.BillingFirstName%",
            "%Order.BillingLastName%", "%Order.BillingPhoneNumber%", "%Order.BillingEmail%", "%Order.BillingFaxNumber%",
            "%Order.BillingCompany%", "%Order.BillingAddress1%", "%Order.BillingAddress2%", "%Order.BillingCity%",
            "%Order.BillingCounty%", "%Order.BillingStateProvince%", "%Order.BillingZipPostalCode%", "%Order.BillingCountry%",
            "%Order.BillingCustomAttributes%", "%Order.BillingAddressLine%", "%Order.Shippable%", "%Order.ShippingMethod%",
            "%Order.ShippingFirstName%", "%Order.ShippingLastName%", "%Order.ShippingPhoneNumber%", "%Order.ShippingEmail%",
            "%Order.ShippingFaxNumber%", "%Order.ShippingCompany%", "%Order.ShippingAddress1%", "%Order.ShippingAddress2%",
            "%Order.ShippingCity%", "%Order.ShippingCounty%", "%Order.ShippingStateProvince%", "%Order.ShippingZipPostalCode%",
            "%Order.ShippingCountry%", "%Order.ShippingCustomAttributes%", "%Order.ShippingAddressLine%", "%Order.PaymentMethod%",
            "%Order.VatNumber%", "%Order.CustomValues%", "%Order.Product(s)%", "%Order.CreatedOn%", "%Order.OrderURLForCustomer%",
            "%Order.PickupInStore%", "%Order.OrderId%", "%Order.IsCompletelyShipped%", "%Order.IsCompletelyReadyForPickup%",
            "%Order.IsCompletelyDelivered%"
        ],
        [TokenGroupNames.ShipmentTokens] =
        [
            "%Shipment.ShipmentNumber%", "%Shipment.TrackingNumber%", "%Shipment.TrackingNumberURL%", "%Shipment.Product(s)%",
            "%Shipment.URLForCustomer%"
        ]
    };

    private readonly Func<Type, object> _repositories;

    /// <param name="repositories">Gives the repository of an entity type (e.g. TestDatabase.Repository).</param>
    public RepositoryMessageTokenProvider(Func<Type, object> repositories)
    {
        _repositories = repositories;
    }

    public async Task AddStoreTokensAsync(IList<Token> tokens, Store store, EmailAccount emailAccount, int languageId)
    {
        ArgumentNullException.ThrowIfNull(emailAccount);

        tokens.Add(new Token("Store.Name", await LocalizedAsync(store.Id, nameof(Store), nameof(Store.Name), languageId) ?? store.Name));
        tokens.Add(new Token("Store.URL", store.Url, true));
        tokens.Add(new Token("Store.Email", emailAccount.Email));
        tokens.Add(new Token("Store.CompanyName", store.CompanyName));
        tokens.Add(new Token("Store.CompanyAddress", store.CompanyAddress));
        tokens.Add(new Token("Store.CompanyPhoneNumber", store.CompanyPhoneNumber));
        tokens.Add(new Token("Store.CompanyVat", store.CompanyVat));
        // Settings (StoreInformationSettings) in nopCommerce; not in the stand-in.
        tokens.Add(new Token("Facebook.URL", string.Empty));
        tokens.Add(new Token("Twitter.URL", string.Empty));
        tokens.Add(new Token("YouTube.URL", string.Empty));
        tokens.Add(new Token("Instagram.URL", string.Empty));
    }

    public async Task AddOrderTokensAsync(IList<Token> tokens, Order order, int languageId, int vendorId = 0)
    {
        var billing = await Repo<Address>().GetByIdAsync(order.BillingAddressId);
        var shipping = await Repo<Address>().GetByIdAsync((order.PickupInStore ? order.PickupAddressId : order.ShippingAddressId) ?? 0);
        var store = await Repo<Store>().GetByIdAsync(order.StoreId);
        var culture = await CultureAsync(languageId);

        tokens.Add(new Token("Order.OrderId", order.Id));
        tokens.Add(new Token("Order.OrderNumber", order.CustomOrderNumber));
        tokens.Add(new Token("Order.CustomerFullName", $"{billing.FirstName} {billing.LastName}"));
        tokens.Add(new Token("Order.CustomerEmail", billing.Email));
        tokens.Add(new Token("Order.BillingFirstName", billing.FirstName));
        tokens.Add(new Token("Order.BillingLastName", billing.LastName));
        tokens.Add(new Token("Order.BillingPhoneNumber", billing.PhoneNumber));
        tokens.Add(new Token("Order.BillingEmail", billing.Email));
        tokens.Add(new Token("Order.BillingFaxNumber", billing.FaxNumber));
        tokens.Add(new Token("Order.BillingCompany", billing.Company));
        tokens.Add(new Token("Order.BillingAddress1", billing.Address1));
        tokens.Add(new Token("Order.BillingAddress2", billing.Address2));
        tokens.Add(new Token("Order.BillingCity", billing.City));
        tokens.Add(new Token("Order.BillingCounty", billing.County));
        tokens.Add(new Token("Order.BillingStateProvince", string.Empty));
        tokens.Add(new Token("Order.BillingZipPostalCode", billing.ZipPostalCode));
        tokens.Add(new Token("Order.BillingCountry", await CountryNameAsync(billing, languageId)));
        tokens.Add(new Token("Order.BillingCustomAttributes", string.Empty, true));
        tokens.Add(new Token("Order.BillingAddressLine", await AddressLineAsync(billing, languageId)));
        tokens.Add(new Token("Order.Shippable", !string.IsNullOrEmpty(order.ShippingMethod)));
        tokens.Add(new Token("Order.ShippingMethod", order.ShippingMethod));
        tokens.Add(new Token("Order.PickupInStore", order.PickupInStore));
        tokens.Add(new Token("Order.ShippingFirstName", shipping?.FirstName ?? string.Empty));
        tokens.Add(new Token("Order.ShippingLastName", shipping?.LastName ?? string.Empty));
        tokens.Add(new Token("Order.ShippingPhoneNumber", shipping?.PhoneNumber ?? string.Empty));
        tokens.Add(new Token("Order.ShippingEmail", shipping?.Email ?? string.Empty));
        tokens.Add(new Token("Order.ShippingFaxNumber", shipping?.FaxNumber ?? string.Empty));
        tokens.Add(new Token("Order.ShippingCompany", shipping?.Company ?? string.Empty));
        tokens.Add(new Token("Order.ShippingAddress1", shipping?.Address1 ?? string.Empty));
        tokens.Add(new Token("Order.ShippingAddress2", shipping?.Address2 ?? string.Empty));
        tokens.Add(new Token("Order.ShippingCity", shipping?.City ?? string.Empty));
        tokens.Add(new Token("Order.ShippingCounty", shipping?.County ?? string.Empty));
        tokens.Add(new Token("Order.ShippingStateProvince", string.Empty));
        tokens.Add(new Token("Order.ShippingZipPostalCode", shipping?.ZipPostalCode ?? string.Empty));
        tokens.Add(new Token("Order.ShippingCountry", await CountryNameAsync(shipping, languageId)));
        tokens.Add(new Token("Order.ShippingCustomAttributes", string.Empty, true));
        tokens.Add(new Token("Order.ShippingAddressLine", await AddressLineAsync(shipping, languageId)));
        tokens.Add(new Token("Order.IsCompletelyShipped", !order.PickupInStore && order.ShippingStatusId == (int)ShippingStatus.Shipped));
        tokens.Add(new Token("Order.IsCompletelyReadyForPickup", false));
        tokens.Add(new Token("Order.IsCompletelyDelivered", order.ShippingStatusId == (int)ShippingStatus.Delivered));
        tokens.Add(new Token("Order.PaymentMethod", order.PaymentMethodSystemName));
        tokens.Add(new Token("Order.VatNumber", order.VatNumber));
        tokens.Add(new Token("Order.CustomValues", string.Empty, true));

        var items = await Repo<OrderItem>().Table.Where(item => item.OrderId == order.Id).OrderBy(item => item.Id).ToListAsync();
        var lines = new List<(string, int)>();
        foreach (var item in items)
        {
            var product = await Repo<Product>().GetByIdAsync(item.ProductId);
            if (vendorId > 0 && product.VendorId != vendorId)
                continue;
            lines.Add((await ProductNameAsync(product, languageId), item.Quantity));
        }

        tokens.Add(new Token("Order.Product(s)", ProductTable(lines), true));
        tokens.Add(new Token("Order.CreatedOn", culture == null ? order.CreatedOnUtc.ToString("D") : order.CreatedOnUtc.ToString("D", culture)));
        tokens.Add(new Token("Order.OrderURLForCustomer", $"{store?.Url}orderdetails/{order.Id}", true));
    }

    public async Task AddShipmentTokensAsync(IList<Token> tokens, Shipment shipment, int languageId)
    {
        var order = await Repo<Order>().GetByIdAsync(shipment.OrderId);
        var store = await Repo<Store>().GetByIdAsync(order.StoreId);
        tokens.Add(new Token("Shipment.ShipmentNumber", shipment.Id));
        tokens.Add(new Token("Shipment.TrackingNumber", shipment.TrackingNumber));
        tokens.Add(new Token("Shipment.TrackingNumberURL", string.Empty, true));

        var lines = new List<(string, int)>();
        foreach (var shipmentItem in await Repo<ShipmentItem>().Table.Where(si => si.ShipmentId == shipment.Id).OrderBy(si => si.Id).ToListAsync())
        {
            var orderItem = await Repo<OrderItem>().GetByIdAsync(shipmentItem.OrderItemId);
            var product = await Repo<Product>().GetByIdAsync(orderItem.ProductId);
            lines.Add((await ProductNameAsync(product, languageId), shipmentItem.Quantity));
        }

        tokens.Add(new Token("Shipment.Product(s)", ProductTable(lines), true));
        tokens.Add(new Token("Shipment.URLForCustomer", $"{store?.Url}orderdetails/shipment/{shipment.Id}", true));
    }

    public async Task AddCustomerTokensAsync(IList<Token> tokens, int customerId)
    {
        if (customerId <= 0)
            throw new ArgumentOutOfRangeException(nameof(customerId));

        await AddCustomerTokensAsync(tokens, await Repo<Customer>().GetByIdAsync(customerId));
    }

    public Task AddCustomerTokensAsync(IList<Token> tokens, Customer customer)
    {
        tokens.Add(new Token("Customer.Email", customer.Email));
        tokens.Add(new Token("Customer.Username", customer.Username));
        tokens.Add(new Token("Customer.FullName", $"{customer.FirstName} {customer.LastName}".Trim()));
        tokens.Add(new Token("Customer.FirstName", customer.FirstName));
        tokens.Add(new Token("Customer.LastName", customer.LastName));
        tokens.Add(new Token("Customer.VatNumber", customer.VatNumber));
        tokens.Add(new Token("Customer.VatNumberStatus", customer.VatNumberStatusId switch { 10 => "Empty", 20 => "Valid", 30 => "Invalid", _ => "Unknown" }));
        tokens.Add(new Token("Customer.CustomAttributes", string.Empty, true));
        tokens.Add(new Token("Customer.PasswordRecoveryURL", $"/passwordrecovery/confirm?guid={customer.CustomerGuid}", true));
        tokens.Add(new Token("Customer.AccountActivationURL", $"/customer/activation?guid={customer.CustomerGuid}", true));
        tokens.Add(new Token("Customer.EmailRevalidationURL", $"/customer/revalidateemail?guid={customer.CustomerGuid}", true));
        tokens.Add(new Token("Customer.Company", customer.Company));
        return Task.CompletedTask;
    }

    public Task<IEnumerable<string>> GetListOfAllowedTokensAsync(IList<string> tokenGroups = null) =>
        Task.FromResult(AllowedTokens.Where(group => tokenGroups == null || tokenGroups.Contains(group.Key))
            .SelectMany(group => group.Value).Distinct());

    private IRepository<T> Repo<T>() where T : BaseEntity => (IRepository<T>)_repositories(typeof(T));

    private async Task<CultureInfo> CultureAsync(int languageId)
    {
        var language = await Repo<Language>().GetByIdAsync(languageId);
        return string.IsNullOrEmpty(language?.LanguageCulture) ? null : new CultureInfo(language.LanguageCulture);
    }

    private async Task<string> LocalizedAsync(int entityId, string group, string key, int languageId) =>
        (await Repo<LocalizedProperty>().Table.FirstOrDefaultAsync(p => p.EntityId == entityId && p.LanguageId == languageId
            && p.LocaleKeyGroup == group && p.LocaleKey == key))?.LocaleValue;

    private async Task<string> ProductNameAsync(Product product, int languageId) =>
        await LocalizedAsync(product.Id, nameof(Product), nameof(Product.Name), languageId) ?? product.Name;

    private async Task<string> CountryNameAsync(Address address, int languageId)
    {
        if (address?.CountryId is not > 0)
            return string.Empty;

        var country = await Repo<Country>().GetByIdAsync(address.CountryId);
        return country == null ? string.Empty : await LocalizedAsync(country.Id, nameof(Country), nameof(Country.Name), languageId) ?? country.Name;
    }

    private async Task<string> AddressLineAsync(Address address, int languageId)
    {
        if (address == null)
            return string.Empty;

        var parts = new[] { address.Address1, address.Address2, address.City, address.ZipPostalCode, await CountryNameAsync(address, languageId) };
        return string.Join(", ", parts.Where(part => !string.IsNullOrWhiteSpace(part)));
    }

    /// <summary>nopCommerce builds its table with product names encoded (the token itself is never encoded).</summary>
    private static string ProductTable(IEnumerable<(string Name, int Quantity)> lines)
    {
        var html = new StringBuilder("<table border=\"0\" style=\"width:100%;\">");
        foreach (var (name, quantity) in lines)
            html.Append("<tr><td>").Append(WebUtility.HtmlEncode(name)).Append("</td><td>").Append(quantity).Append("</td></tr>");
        return html.Append("</table>").ToString();
    }
}
