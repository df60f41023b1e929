using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using NUnit.Framework;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Data;

/// <summary>
/// Several application instances on one database, each racer on its own thread and all started together
/// (<see cref="Race"/>): each statement has its own connection; the database decides races.
/// </summary>
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
        var (customer, address) = await Rows.CustomerWithAddressAsync();
        var product = StoreData.Product("SKU-1");
        await Database.Repository<Product>().InsertAsync(product);
        var order = await Rows.OrderAsync(customer, address, (product, 1));

        await Race.RunAsync(Enumerable.Range(0, Instances).Select(instance => (Func<Task<int>>)(async () =>
        {
            var notes = Database.RepositoryOfAnotherInstance<OrderNote>();
            for (var i = 0; i < 10; i++)
                await notes.InsertAsync(new OrderNote { OrderId = order.Id, Note = $"{instance}-{i}", CreatedOnUtc = StoreData.Now });
            return instance;
        })).ToList());

        Assert.That(await Database.Repository<OrderNote>().Table.CountAsync(note => note.OrderId == order.Id), Is.EqualTo(Instances * 10));
    }

    /// <summary>
    /// Each instance reads the stock, and if one is left takes it with an update conditional on the stock it read.
    /// An instance that read 1 and changed no row lost a race (an instance that read 0 simply came late): the test
    /// fails if that never happened.
    /// </summary>
    [Test]
    public async Task A_conditional_update_lets_exactly_one_instance_win()
    {
        const string lost = "read the last unit, then lost it to another instance";
        var races = new RaceCounter(lost);

        await Race.RoundsAsync(5, 100, races, async round =>
        {
            var product = StoreData.Product($"SKU-{round}", stockQuantity: 1);
            await Database.Repository<Product>().InsertAsync(product);
            var productId = product.Id;

            var outcomes = await Race.RunAsync(Enumerable.Range(0, Instances).Select(_ => (Func<Task<(int Read, int Changed)>>)(async () =>
            {
                var products = Database.RepositoryOfAnotherInstance<Product>();
                var read = (await products.GetByIdAsync(productId)).StockQuantity;
                return read == 0 ? (read, 0) : (read, await TakeLastUnitAsync(products.Table, productId, read));
            })).ToList());

            Assert.That(outcomes.Sum(o => o.Changed), Is.EqualTo(1), $"round {round}: one instance took the last unit");
            Assert.That((await Database.Repository<Product>().GetByIdAsync(productId)).StockQuantity, Is.Zero);
            races.Add(lost, outcomes.Count(o => o.Read == 1 && o.Changed == 0));
        });
    }

    private static Task<int> TakeLastUnitAsync(IQueryable<Product> table, int productId, int read) =>
        LinqToDB.LinqExtensions.UpdateAsync(
            LinqToDB.LinqExtensions.Set(table.Where(p => p.Id == productId && p.StockQuantity == read), p => p.StockQuantity, p => p.StockQuantity - 1));
}
