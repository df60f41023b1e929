using Nop.Core.Domain.Catalog;
using Nop.Plugin.Misc.MerchantOps.Tests.Data.SampleMigrations;
using NUnit.Framework;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Data;

/// <summary>
/// What a store's database server does alike on PostgreSQL and MariaDB/MySQL as nopCommerce sets them up: text
/// compares without case. Each engine's fixture (<see cref="PostgreSqlStoreTests"/>, <see cref="MySqlStoreTests"/>)
/// says how its server refuses a duplicate key and adds what only it does.
/// </summary>
public abstract class ServerStoreTests : DatabaseTestBase
{
    protected ServerStoreTests(DatabaseEngine engine) : base(engine)
    {
    }

    /// <summary>Asserts that <paramref name="insert"/> fails as a duplicate of a unique key, with the engine's error.</summary>
    protected abstract void AssertRefusedAsDuplicateKey(AsyncTestDelegate insert);

    [Test]
    public async Task Sku_lookup_ignores_case_as_in_a_store()
    {
        var product = StoreData.Product("MUG-Blue-01");
        await Database.Repository<Product>().InsertAsync(product);
        var scanned = "mug-blue-01";

        var found = await Database.Repository<Product>().Table.Where(p => p.Sku == scanned).ToListAsync();

        Assert.That(found.Select(p => p.Id), Is.EqualTo(new[] { product.Id }));
    }

    [Test]
    public async Task Unique_text_keys_of_migrated_tables_ignore_case()
    {
        Database.MigrationManager.ApplyUpMigrations(typeof(SampleNoMatterMigration).Assembly, Nop.Data.Migrations.MigrationProcessType.NoMatter);
        await InsertCodeAsync("ABC");

        AssertRefusedAsDuplicateKey(() => InsertCodeAsync("abc"));
    }

    private Task<int> InsertCodeAsync(string code) => Database.DataProvider.ExecuteNonQueryAsync(
        $"INSERT INTO {Database.Quote(SampleNoMatterMigration.TableName)} ({Database.Quote("Code")}) VALUES ('{code}')");
}
