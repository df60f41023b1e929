using NUnit.Framework;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Directory;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Messages;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Shipping;
using Nop.Plugin.Misc.MerchantOps.Packing.Services;
using Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Packing;

/// <summary>An order line of a test order; attributes make it a variant.</summary>
public sealed record OrderLine(Product Product, int Quantity, string AttributesXml = null, string AttributesHtml = null);

/// <summary>
/// A store with the plugin's schema, a customer, and builders for what packing tests need: products, warehouses,
/// combinations, orders ready to pack (each one minute younger than the previous, so "oldest first" is known),
/// packers, and the packing app signed in as a packer.
/// </summary>
public sealed class PackingScenario
{
    private static readonly DateTime _firstOrderPlacedUtc = StoreData.Now.AddDays(-10);
    private Customer _customer;
    private Address _address;
    private int _ordersPlaced;

    public PackingScenario(TestDatabase database)
    {
        Database = database;
        Clock = new TestClock(StoreData.Now);
        App = new PackingApp(database, Clock);
    }

    public TestDatabase Database { get; }

    public TestClock Clock { get; }

    /// <summary>The first application instance (the database's own repositories, cache and events).</summary>
    public PackingApp App { get; }

    public PackingApp AnotherInstance(InjectedFaults faults = null) => new(Database, Clock, anotherInstance: true, faults);

    public static async Task<PackingScenario> CreateAsync(TestDatabase database)
    {
        await database.InstallPluginSchemaAsync();
        var scenario = new PackingScenario(database);
        (scenario._customer, scenario._address) = await database.InsertCustomerAsync();
        scenario.App.As(await scenario.PackerAsync("packer@example.com", "Paula", "Packer"));
        await scenario.SeedShippingMessagesAsync();
        return scenario;
    }

    /// <summary>What a store has for nopCommerce's shipping emails: a language, an email account, the active templates.</summary>
    private async Task SeedShippingMessagesAsync()
    {
        await Database.Repository<Language>().InsertAsync(new Language { Name = "English", LanguageCulture = "en-US", UniqueSeoCode = "en", Published = true, DisplayOrder = 1 });
        var account = new EmailAccount { Email = "shop@shop.test", DisplayName = "Tea & Mugs", Host = "smtp.shop.test", Port = 25, Username = "shop", Password = "secret" };
        await Database.Repository<EmailAccount>().InsertAsync(account);
        foreach (var (name, subject) in ShippingTemplates)
            await Database.Repository<MessageTemplate>().InsertAsync(new MessageTemplate
            {
                Name = name, Subject = subject, Body = "<p>%Order.OrderNumber%</p>", IsActive = true, EmailAccountId = account.Id
            });
    }

    /// <summary>Template name and subject of the emails nopCommerce queues when it ships a shipment and completes an order.</summary>
    public static readonly (string Name, string Subject)[] ShippingTemplates =
    [
        (RepositoryWorkflowMessageService.ShipmentSentCustomer, "Your order %Order.OrderNumber% has shipped"),
        (RepositoryWorkflowMessageService.OrderCompletedCustomer, "Your order %Order.OrderNumber% is complete"),
        (RepositoryWorkflowMessageService.OrderCompletedStoreOwner, "Order %Order.OrderNumber% completed")
    ];

    public Task<List<QueuedEmail>> QueuedEmailsAsync() => Database.Repository<QueuedEmail>().Table.OrderBy(e => e.Id).ToListAsync();

    public async Task<Customer> PackerAsync(string email, string firstName = "Pat", string lastName = "Packer")
    {
        var packer = StoreData.Customer(email);
        (packer.FirstName, packer.LastName) = (firstName, lastName);
        await Database.Repository<Customer>().InsertAsync(packer);
        return packer;
    }

    public async Task<Product> ProductAsync(string sku, Action<Product> configure = null)
    {
        var product = StoreData.Product(sku);
        configure?.Invoke(product);
        await Database.Repository<Product>().InsertAsync(product);
        return product;
    }

    public async Task<Warehouse> WarehouseAsync(string name)
    {
        var address = StoreData.Address();
        await Database.Repository<Address>().InsertAsync(address);
        var warehouse = new Warehouse { Name = name, AddressId = address.Id };
        await Database.Repository<Warehouse>().InsertAsync(warehouse);
        return warehouse;
    }

    public async Task StockAsync(Product product, Warehouse warehouse, int quantity)
    {
        await Database.Repository<ProductWarehouseInventory>().InsertAsync(
            new ProductWarehouseInventory { ProductId = product.Id, WarehouseId = warehouse.Id, StockQuantity = quantity });
    }

    public async Task<ProductAttributeCombination> CombinationAsync(Product product, string attributesXml, string sku, string gtin = null, string partNumber = null)
    {
        var combination = new ProductAttributeCombination { ProductId = product.Id, AttributesXml = attributesXml, Sku = sku, Gtin = gtin, ManufacturerPartNumber = partNumber };
        await Database.Repository<ProductAttributeCombination>().InsertAsync(combination);
        return combination;
    }

    public async Task<Country> CountryAsync(string name, string code)
    {
        var country = new Country { Name = name, TwoLetterIsoCode = code, AllowsShipping = true, Published = true };
        await Database.Repository<Country>().InsertAsync(country);
        return country;
    }

    /// <summary>An order ready to pack: processing, paid, not yet shipped.</summary>
    public Task<Order> OrderAsync(params (Product Product, int Quantity)[] lines) =>
        OrderAsync(null, lines.Select(line => new OrderLine(line.Product, line.Quantity)).ToArray());

    public async Task<Order> OrderAsync(Action<Order> configure, params OrderLine[] lines)
    {
        var order = StoreData.Order(_customer.Id, _address.Id);
        order.CreatedOnUtc = _firstOrderPlacedUtc.AddMinutes(_ordersPlaced++);
        order.PaidDateUtc = order.CreatedOnUtc;
        order.OrderTotal = lines.Sum(line => line.Product.Price * line.Quantity);
        configure?.Invoke(order);
        await Database.Repository<Order>().InsertAsync(order);
        order.CustomOrderNumber = $"{order.Id}";
        await Database.Repository<Order>().UpdateAsync(order);

        foreach (var line in lines)
        {
            var item = StoreData.OrderItem(order.Id, line.Product, line.Quantity);
            (item.AttributesXml, item.AttributeDescription) = (line.AttributesXml, line.AttributesHtml);
            await Database.Repository<OrderItem>().InsertAsync(item);
        }

        return order;
    }

    public Task<List<OrderItem>> ItemsOfAsync(Order order) =>
        Database.Repository<OrderItem>().Table.Where(item => item.OrderId == order.Id).OrderBy(item => item.Id).ToListAsync();

    /// <summary>A batch of the orders, created and put in Packing by the signed-in packer.</summary>
    public async Task<PackingBatchDetails> PackingBatchAsync(params Order[] orders)
    {
        var created = await App.Batches.CreateFromSelectionAsync(orders.Select(o => o.Id).ToList());
        Assert.That(created.Succeeded, Is.True, created.ResourceKey);
        var started = await App.Workflow.StartPackingAsync(created.BatchId);
        Assert.That(started.Succeeded, Is.True, started.ResourceKey);
        return await App.Batches.GetBatchAsync(created.BatchId);
    }

    /// <summary>Scans every unit of the order (by SKU) so it is packed.</summary>
    public async Task PackAsync(PackingBatchDetails batch, int batchOrderId)
    {
        var order = await App.Scans.GetPackOrderAsync(batch.Batch.Id, batchOrderId);
        foreach (var line in order.Lines)
            for (var unit = line.VerifiedQuantity; unit < line.Quantity; unit++)
            {
                var scan = await App.Scans.ScanAsync(batch.Batch.Id, batchOrderId, line.Sku);
                Assert.That(scan.Accepted, Is.True, scan.ResourceKey);
            }
    }

    public Task<List<Shipment>> ShipmentsOfAsync(Order order) =>
        Database.Repository<Shipment>().Table.Where(s => s.OrderId == order.Id).ToListAsync();

    public Task<Order> ReloadAsync(Order order) => Database.Repository<Order>().GetByIdAsync(order.Id);
}

/// <summary>Base of packing tests on a database: a fresh store with the plugin installed, on SQLite and PostgreSQL.</summary>
public abstract class PackingDatabaseTest : DatabaseTestBase
{
    protected PackingDatabaseTest(DatabaseEngine engine) : base(engine)
    {
    }

    protected PackingScenario Store { get; private set; }

    protected PackingApp App => Store.App;

    [SetUp]
    public async Task CreateScenarioAsync() => Store = await PackingScenario.CreateAsync(Database);
}
