using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Data;

/// <summary>Several application instances on one database: each operation has its own connection; the database decides races.</summary>
[TestFixture(DatabaseEngine.Sqlite)]
[TestFixture(DatabaseEngine.PostgreSql)]
[TestFixture(DatabaseEngine.MySql)]
public class ConcurrencyTests : DatabaseTestBase
{
    private const int Instances = 6;

    public ConcurrencyTests(DatabaseEngine engine) : base(engine)
    {
    }

    [Test]
    public async Task Instances_writing_at_the_same_time_all_succeed()
    {
        var (customer, address) = await Database.InsertCustomerAsync();
        var product = StoreData.Product("SKU-1");
        await Database.Repository<Product>().InsertAsync(product);
        var order = await Database.InsertOrderAsync(customer, address, (product, 1));

        await Task.WhenAll(Enumerable.Range(0, Instances).Select(instance => Task.Run(async () =>
        {
            var notes = Database.RepositoryOfAnotherInstance<OrderNote>();
            for (var i = 0; i < 10; i++)
                await notes.InsertAsync(new OrderNote { OrderId = order.Id, Note = $"{instance}-{i}", CreatedOnUtc = StoreData.Now });
        })));

        Assert.That(await Database.Repository<OrderNote>().Table.CountAsync(note => note.OrderId == order.Id), Is.EqualTo(Instances * 10));
    }

    [Test]
    public async Task A_conditional_update_lets_exactly_one_instance_win()
    {
        var product = StoreData.Product("SKU-1", stockQuantity: 1);
        await Database.Repository<Product>().InsertAsync(product);
        var productId = product.Id;

        var changed = await Task.WhenAll(Enumerable.Range(0, Instances).Select(_ => Task.Run(() =>
        {
            var table = Database.RepositoryOfAnotherInstance<Product>().Table;
            return LinqToDB.LinqExtensions.UpdateAsync(
                LinqToDB.LinqExtensions.Set(table.Where(p => p.Id == productId && p.StockQuantity == 1), p => p.StockQuantity, 0));
        })));

        Assert.That(changed.Sum(), Is.EqualTo(1));
    }
}
