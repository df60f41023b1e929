using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Core.Events;
using NUnit.Framework;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Data;

[TestFixture(DatabaseEngine.Sqlite)]
[TestFixture(DatabaseEngine.PostgreSql)]
[TestFixture(DatabaseEngine.MySql)]
public class RepositoryTests : DatabaseTestBase
{
    public RepositoryTests(DatabaseEngine engine) : base(engine)
    {
    }

    [Test]
    public async Task Order_with_items_round_trips_through_the_repository()
    {
        var (customer, address) = await Rows.CustomerWithAddressAsync();
        var mug = StoreData.Product("MUG-01", "Mug");
        var tote = StoreData.Product("TOTE-02", "Tote bag");
        await Database.Repository<Product>().InsertAsync(new List<Product> { mug, tote });

        var order = StoreData.Order(customer.Id, address.Id);
        order.OrderTotal = 59.70m;
        await Database.Repository<Order>().InsertAsync(order);
        await Database.Repository<OrderItem>().InsertAsync(new List<OrderItem>
        {
            StoreData.OrderItem(order.Id, mug, 2),
            StoreData.OrderItem(order.Id, tote, 1)
        });

        var stored = await Database.Repository<Order>().GetByIdAsync(order.Id);
        var items = await Database.Repository<OrderItem>().Table
            .Where(item => item.OrderId == order.Id)
            .OrderBy(item => item.Id)
            .ToListAsync();

        Assert.Multiple(() =>
        {
            Assert.That(stored.OrderGuid, Is.EqualTo(order.OrderGuid));
            Assert.That(stored.OrderStatus, Is.EqualTo(OrderStatus.Processing));
            Assert.That(stored.OrderTotal, Is.EqualTo(59.70m));
            Assert.That(stored.CreatedOnUtc, Is.EqualTo(StoreData.Now));
            Assert.That(stored.ShippingAddressId, Is.EqualTo(address.Id));
            Assert.That(stored.PickupAddressId, Is.Null);
            Assert.That(items.Select(item => (item.ProductId, item.Quantity)),
                Is.EqualTo(new[] { (mug.Id, 2), (tote.Id, 1) }));
            Assert.That(items.Sum(item => item.PriceInclTax), Is.EqualTo(59.70m));
        });
    }

    [Test]
    public async Task Paged_query_returns_the_page_and_the_total_count()
    {
        var (customer, address) = await Rows.CustomerWithAddressAsync();
        var product = StoreData.Product("SKU-1");
        await Database.Repository<Product>().InsertAsync(product);
        for (var i = 0; i < 5; i++)
            await Rows.OrderAsync(customer, address, (product, i + 1));

        var page = await Database.Repository<Order>().Table
            .OrderBy(order => order.Id)
            .ToPagedListAsync(pageIndex: 1, pageSize: 2);
        var countOnly = await Database.Repository<Order>().GetAllPagedAsync(query => query, 0, 2, getOnlyTotalCount: true);

        Assert.Multiple(() =>
        {
            Assert.That(page.TotalCount, Is.EqualTo(5));
            Assert.That(page.TotalPages, Is.EqualTo(3));
            Assert.That(page.Select(order => order.OrderTotal), Is.EqualTo(new[] { 3 * product.Price, 4 * product.Price }));
            Assert.That(countOnly.TotalCount, Is.EqualTo(5));
            Assert.That(countOnly, Is.Empty);
        });
    }

    [Test]
    public async Task Async_aggregates_run_in_the_database()
    {
        var (customer, address) = await Rows.CustomerWithAddressAsync();
        var product = StoreData.Product("SKU-1");
        await Database.Repository<Product>().InsertAsync(product);
        var order = await Rows.OrderAsync(customer, address, (product, 2), (product, 3));
        var items = Database.Repository<OrderItem>().Table.Where(item => item.OrderId == order.Id);

        Assert.Multiple(async () =>
        {
            Assert.That(await items.CountAsync(), Is.EqualTo(2));
            Assert.That(await items.SumAsync(item => item.Quantity), Is.EqualTo(5));
            Assert.That(await items.SumAsync(item => item.PriceInclTax), Is.EqualTo(5 * product.Price));
            Assert.That(await items.SumAsync(item => (int?)item.LicenseDownloadId), Is.Null);
            Assert.That(await items.MaxAsync(item => item.Quantity), Is.EqualTo(3));
            Assert.That(await items.AnyAsync(item => item.Quantity > 2), Is.True);
            Assert.That(await items.AllAsync(item => item.Quantity > 2), Is.False);
            Assert.That(await items.FirstOrDefaultAsync(item => item.Quantity == 4), Is.Null);
            Assert.That((await items.ToDictionaryAsync(item => item.Quantity)).Keys, Is.EquivalentTo(new[] { 2, 3 }));
        });
    }

    [Test]
    public async Task Repository_publishes_entity_events_unless_told_not_to()
    {
        var product = StoreData.Product("SKU-1");
        await Database.Repository<Product>().InsertAsync(product);
        product.StockQuantity = 3;
        await Database.Repository<Product>().UpdateAsync(product, publishEvent: false);

        Assert.Multiple(() =>
        {
            Assert.That(Database.EventPublisher.Published<EntityInsertedEvent<Product>>().Single().Entity, Is.SameAs(product));
            Assert.That(Database.EventPublisher.Published<EntityUpdatedEvent<Product>>(), Is.Empty);
        });
    }

    [Test]
    public async Task Deleting_a_soft_deleted_entity_keeps_its_row_and_hides_it_when_asked()
    {
        var product = StoreData.Product("SKU-1");
        await Database.Repository<Product>().InsertAsync(product);

        await Database.Repository<Product>().DeleteAsync(product);

        Assert.Multiple(async () =>
        {
            Assert.That((await Database.Repository<Product>().GetByIdAsync(product.Id)).Deleted, Is.True);
            Assert.That(await Database.Repository<Product>().GetByIdAsync(product.Id, includeDeleted: false), Is.Null);
            Assert.That(Database.EventPublisher.Published<EntityDeletedEvent<Product>>(), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task Deleting_an_entity_removes_its_row()
    {
        var (customer, address) = await Rows.CustomerWithAddressAsync();
        var product = StoreData.Product("SKU-1");
        await Database.Repository<Product>().InsertAsync(product);
        var order = await Rows.OrderAsync(customer, address, (product, 1));
        var item = await Database.Repository<OrderItem>().Table.SingleAsync(i => i.OrderId == order.Id);

        await Database.Repository<OrderItem>().DeleteAsync(item);

        Assert.That(await Database.Repository<OrderItem>().GetByIdAsync(item.Id), Is.Null);
    }

    [Test]
    public async Task Get_by_id_with_a_cache_delegate_caches_under_the_default_key()
    {
        var product = StoreData.Product("SKU-1");
        await Database.Repository<Product>().InsertAsync(product);

        var first = await Database.Repository<Product>().GetByIdAsync(product.Id, cache => default);
        await Database.Repository<Product>().DeleteAsync(p => p.Id == product.Id);
        var second = await Database.Repository<Product>().GetByIdAsync(product.Id, cache => default);

        Assert.Multiple(() =>
        {
            Assert.That(second, Is.SameAs(first));
            Assert.That(Database.CacheManager.Keys, Does.Contain($"Nop.product.byid.{product.Id}"));
        });
    }

    [Test]
    public async Task Entities_are_read_back_in_the_order_of_the_ids_asked()
    {
        var products = Enumerable.Range(1, 3).Select(i => StoreData.Product($"SKU-{i}")).ToList();
        foreach (var product in products)
            await Database.Repository<Product>().InsertAsync(product);

        var ids = new List<int> { products[2].Id, products[0].Id, products[1].Id };
        var read = await Database.Repository<Product>().GetByIdsAsync(ids);

        Assert.That(read.Select(p => p.Id), Is.EqualTo(ids));
    }

    [Test]
    public async Task Conditional_update_reports_the_rows_it_changed()
    {
        var product = StoreData.Product("SKU-1", stockQuantity: 5);
        await Database.Repository<Product>().InsertAsync(product);
        var table = Database.Repository<Product>().Table;

        var first = await LinqToDB.LinqExtensions.UpdateAsync(
            LinqToDB.LinqExtensions.Set(table.Where(p => p.Id == product.Id && p.StockQuantity == 5), p => p.StockQuantity, 4));
        var second = await LinqToDB.LinqExtensions.UpdateAsync(
            LinqToDB.LinqExtensions.Set(table.Where(p => p.Id == product.Id && p.StockQuantity == 5), p => p.StockQuantity, 3));

        Assert.Multiple(async () =>
        {
            Assert.That((first, second), Is.EqualTo((1, 0)));
            Assert.That((await Database.Repository<Product>().GetByIdAsync(product.Id)).StockQuantity, Is.EqualTo(4));
        });
    }

    [Test]
    public async Task Mapping_rows_keyed_by_two_foreign_keys_can_be_inserted_and_read()
    {
        var (customer, _) = await Rows.CustomerWithAddressAsync();
        var role = new Nop.Core.Domain.Customers.CustomerRole { Name = "Packers", SystemName = "Packers", Active = true };
        await Database.Repository<Nop.Core.Domain.Customers.CustomerRole>().InsertAsync(role);

        await Database.Repository<Nop.Core.Domain.Customers.CustomerCustomerRoleMapping>().InsertAsync(
            new Nop.Core.Domain.Customers.CustomerCustomerRoleMapping { CustomerId = customer.Id, CustomerRoleId = role.Id });

        var mappings = await Database.Repository<Nop.Core.Domain.Customers.CustomerCustomerRoleMapping>().Table
            .Where(m => m.CustomerId == customer.Id).ToListAsync();

        Assert.That(mappings.Select(m => m.CustomerRoleId), Is.EqualTo(new[] { role.Id }));
    }
}
