using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Directory;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Messages;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Shipping;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Harness;

/// <summary>
/// Inserts the nopCommerce rows a test needs into a <see cref="TestDatabase"/> (rows of <see cref="StoreData"/>, foreign
/// keys satisfied) and reads back what tests look at. Each feature's scenario derives from it (Packing/PackingScenario,
/// Replies/RepliesScenario, Replies/Web/ReplyStore) and adds only its own rows and its app; a new feature does the same
/// in its own test folder.
/// </summary>
public class StoreBuilder
{
    public StoreBuilder(TestDatabase database)
    {
        Database = database;
    }

    public TestDatabase Database { get; }

    // -- the shop: languages, store, email, countries

    public async Task<Language> LanguageAsync(Language language)
    {
        await Database.Repository<Language>().InsertAsync(language);
        return language;
    }

    public async Task<Store> StoreAsync(Action<Store> configure = null)
    {
        var store = new Store { Name = "Tea & Mugs", Url = "https://shop.test/", Hosts = "shop.test", CompanyName = "Tea & Mugs Ltd", CompanyAddress = "1 High Street" };
        configure?.Invoke(store);
        await Database.Repository<Store>().InsertAsync(store);
        return store;
    }

    public async Task<EmailAccount> EmailAccountAsync(Action<EmailAccount> configure = null)
    {
        var account = StoreData.EmailAccount();
        configure?.Invoke(account);
        await Database.Repository<EmailAccount>().InsertAsync(account);
        return account;
    }

    /// <summary>An active message template sent from <paramref name="account"/>.</summary>
    public async Task<MessageTemplate> MessageTemplateAsync(string name, string subject, string body, EmailAccount account)
    {
        var template = new MessageTemplate { Name = name, Subject = subject, Body = body, IsActive = true, EmailAccountId = account.Id };
        await Database.Repository<MessageTemplate>().InsertAsync(template);
        return template;
    }

    public async Task<Country> CountryAsync(string name, string code, Action<Country> configure = null)
    {
        var country = new Country { Name = name, TwoLetterIsoCode = code, AllowsShipping = true, Published = true };
        configure?.Invoke(country);
        await Database.Repository<Country>().InsertAsync(country);
        return country;
    }

    // -- people

    public async Task<Address> AddressAsync(Action<Address> configure = null)
    {
        var address = StoreData.Address();
        configure?.Invoke(address);
        await Database.Repository<Address>().InsertAsync(address);
        return address;
    }

    /// <summary>A customer (or member of staff); with <paramref name="address"/> as billing and shipping address.</summary>
    public async Task<Customer> CustomerAsync(string email, Action<Customer> configure = null, Address address = null)
    {
        var customer = StoreData.Customer(email);
        if (address != null)
            customer.BillingAddressId = customer.ShippingAddressId = address.Id;
        configure?.Invoke(customer);
        await Database.Repository<Customer>().InsertAsync(customer);
        return customer;
    }

    /// <summary>A customer with a billing address (what an order needs first).</summary>
    public async Task<(Customer Customer, Address Address)> CustomerWithAddressAsync(string email = "customer@example.com",
        Action<Customer> configureCustomer = null, Action<Address> configureAddress = null)
    {
        var address = await AddressAsync(configureAddress);
        return (await CustomerAsync(email, configureCustomer, address), address);
    }

    // -- catalog

    public async Task<Product> ProductAsync(string sku, Action<Product> configure = null)
    {
        var product = StoreData.Product(sku);
        configure?.Invoke(product);
        await Database.Repository<Product>().InsertAsync(product);
        return product;
    }

    /// <summary>The product's name in <paramref name="language"/> (nopCommerce's LocalizedProperty row).</summary>
    public Task LocalizedNameAsync(Product product, Language language, string name) =>
        Database.Repository<LocalizedProperty>().InsertAsync(new LocalizedProperty
        {
            EntityId = product.Id, LanguageId = language.Id, LocaleKeyGroup = nameof(Product), LocaleKey = nameof(Product.Name), LocaleValue = name
        });

    public async Task<Warehouse> WarehouseAsync(string name)
    {
        var address = await AddressAsync();
        var warehouse = new Warehouse { Name = name, AddressId = address.Id };
        await Database.Repository<Warehouse>().InsertAsync(warehouse);
        return warehouse;
    }

    public Task StockAsync(Product product, Warehouse warehouse, int quantity) =>
        Database.Repository<ProductWarehouseInventory>().InsertAsync(
            new ProductWarehouseInventory { ProductId = product.Id, WarehouseId = warehouse.Id, StockQuantity = quantity });

    public async Task<ProductAttributeCombination> CombinationAsync(Product product, string attributesXml, string sku, string gtin = null, string partNumber = null)
    {
        var combination = new ProductAttributeCombination { ProductId = product.Id, AttributesXml = attributesXml, Sku = sku, Gtin = gtin, ManufacturerPartNumber = partNumber };
        await Database.Repository<ProductAttributeCombination>().InsertAsync(combination);
        return combination;
    }

    // -- orders

    /// <summary>An order of the customer (processing, paid, not yet shipped) with one item per line; CustomOrderNumber becomes the order id, as in a store.</summary>
    public Task<Order> OrderAsync(Customer customer, Address address, params (Product Product, int Quantity)[] lines) =>
        OrderAsync(customer, address, null, lines.Select(line => new OrderLine(line.Product, line.Quantity)).ToArray());

    /// <summary>As the other overload; <paramref name="configure"/> changes the order before it is inserted.</summary>
    public async Task<Order> OrderAsync(Customer customer, Address address, Action<Order> configure, params OrderLine[] lines)
    {
        var order = StoreData.Order(customer.Id, address.Id);
        order.OrderSubtotalInclTax = order.OrderSubtotalExclTax = order.OrderTotal =
            lines.Sum(line => line.Product.Price * line.Quantity);
        configure?.Invoke(order);
        await Database.Repository<Order>().InsertAsync(order);

        order.CustomOrderNumber = order.Id.ToString();
        await Database.Repository<Order>().UpdateAsync(order);

        foreach (var line in lines)
        {
            var item = StoreData.OrderItem(order.Id, line.Product, line.Quantity);
            (item.AttributesXml, item.AttributeDescription) = (line.AttributesXml, line.AttributesHtml);
            await Database.Repository<OrderItem>().InsertAsync(item);
        }

        return order;
    }

    /// <summary>A shipment of the order, shipped at <paramref name="shippedOnUtc"/>; with its first item when asked.</summary>
    public async Task<Shipment> ShipmentAsync(Order order, string trackingNumber, DateTime shippedOnUtc, bool withFirstItem = true)
    {
        var shipment = new Shipment { OrderId = order.Id, TrackingNumber = trackingNumber, CreatedOnUtc = shippedOnUtc, ShippedDateUtc = shippedOnUtc };
        await Database.Repository<Shipment>().InsertAsync(shipment);
        if (withFirstItem)
        {
            var item = await Database.Repository<OrderItem>().Table.FirstAsync(i => i.OrderId == order.Id);
            await Database.Repository<ShipmentItem>().InsertAsync(new ShipmentItem { ShipmentId = shipment.Id, OrderItemId = item.Id, Quantity = item.Quantity });
        }
        return shipment;
    }

    // -- what tests read back

    public Task<Order> ReloadAsync(Order order) => Database.Repository<Order>().GetByIdAsync(order.Id);

    public Task<List<OrderItem>> ItemsOfAsync(Order order) =>
        Database.Repository<OrderItem>().Table.Where(item => item.OrderId == order.Id).OrderBy(item => item.Id).ToListAsync();

    public Task<List<Shipment>> ShipmentsOfAsync(Order order) =>
        Database.Repository<Shipment>().Table.Where(s => s.OrderId == order.Id).ToListAsync();

    public Task<List<OrderNote>> NotesAsync(int orderId) =>
        Database.Repository<OrderNote>().Table.Where(note => note.OrderId == orderId).OrderBy(note => note.Id).ToListAsync();

    public Task<List<QueuedEmail>> QueuedEmailsAsync() => Database.Repository<QueuedEmail>().Table.OrderBy(e => e.Id).ToListAsync();
}
