using NUnit.Framework;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Data;

/// <summary>
/// Base of tests that need a database: a fresh one per test, on the engine of the fixture. Derived classes
/// declare <c>[TestFixture(DatabaseEngine.Sqlite)]</c>, <c>[TestFixture(DatabaseEngine.PostgreSql)]</c> and
/// <c>[TestFixture(DatabaseEngine.MySql)]</c>.
/// </summary>
public abstract class DatabaseTestBase
{
    protected DatabaseTestBase(DatabaseEngine engine)
    {
        Engine = engine;
    }

    protected DatabaseEngine Engine { get; }

    protected TestDatabase Database { get; private set; }

    /// <summary>Inserts store rows (customers, products, orders...) into <see cref="Database"/>.</summary>
    protected StoreBuilder Rows => new(Database);

    [SetUp]
    public async Task CreateDatabaseAsync()
    {
        Database = await TestDatabase.CreateAsync(Engine);
    }

    [TearDown]
    public async Task DropDatabaseAsync()
    {
        if (Database != null)
            await Database.DisposeAsync();

        Database = null;
    }
}
