using NUnit.Framework;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.MerchantOps.Packing.Services;
using Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Packing;

/// <summary>
/// A store with the plugin's schema, a customer, the shipping emails' language, account and templates, and what
/// packing tests add to the <see cref="StoreBuilder"/>: orders ready to pack (each one minute younger than the previous,
/// so "oldest first" is known), packers, batches, and the packing app signed in as a packer.
/// </summary>
public sealed class PackingScenario : StoreBuilder
{
    private static readonly DateTime _firstOrderPlacedUtc = StoreData.Now.AddDays(-10);
    private Customer _customer;
    private Address _address;
    private int _ordersPlaced;

    public PackingScenario(TestDatabase database) : base(database)
    {
        Clock = new TestClock(StoreData.Now);
        App = new PackingApp(database, Clock);
    }

    public TestClock Clock { get; }

    /// <summary>The first application instance (the database's own repositories, cache and events).</summary>
    public PackingApp App { get; }

    public PackingApp AnotherInstance(InjectedFaults faults = null) => new(Database, Clock, anotherInstance: true, faults);

    public static async Task<PackingScenario> CreateAsync(TestDatabase database)
    {
        await database.InstallPluginSchemaAsync();
        var scenario = new PackingScenario(database);
        (scenario._customer, scenario._address) = await scenario.CustomerWithAddressAsync();
        scenario.App.As(await scenario.PackerAsync("packer@example.com", "Paula", "Packer"));
        await scenario.SeedShippingMessagesAsync();
        return scenario;
    }

    /// <summary>What a store has for nopCommerce's shipping emails: a language, an email account, the active templates.</summary>
    private async Task SeedShippingMessagesAsync()
    {
        await LanguageAsync(StoreData.English());
        var account = await EmailAccountAsync();
        foreach (var (name, subject) in ShippingTemplates)
            await MessageTemplateAsync(name, subject, "<p>%Order.OrderNumber%</p>", account);
    }

    /// <summary>Template name and subject of the emails nopCommerce queues when it ships a shipment and completes an order.</summary>
    public static readonly (string Name, string Subject)[] ShippingTemplates =
    [
        (RepositoryWorkflowMessageService.ShipmentSentCustomer, "Your order %Order.OrderNumber% has shipped"),
        (RepositoryWorkflowMessageService.OrderCompletedCustomer, "Your order %Order.OrderNumber% is complete"),
        (RepositoryWorkflowMessageService.OrderCompletedStoreOwner, "Order %Order.OrderNumber% completed")
    ];

    public Task<Customer> PackerAsync(string email, string firstName = "Pat", string lastName = "Packer") =>
        CustomerAsync(email, packer => (packer.FirstName, packer.LastName) = (firstName, lastName));

    /// <summary>An order ready to pack: processing, paid, not yet shipped.</summary>
    public Task<Order> OrderAsync(params (Product Product, int Quantity)[] lines) =>
        OrderAsync(null, lines.Select(line => new OrderLine(line.Product, line.Quantity)).ToArray());

    public Task<Order> OrderAsync(Action<Order> configure, params OrderLine[] lines) =>
        OrderAsync(_customer, _address, order =>
        {
            order.CreatedOnUtc = _firstOrderPlacedUtc.AddMinutes(_ordersPlaced++);
            order.PaidDateUtc = order.CreatedOnUtc;
            configure?.Invoke(order);
        }, lines);

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
