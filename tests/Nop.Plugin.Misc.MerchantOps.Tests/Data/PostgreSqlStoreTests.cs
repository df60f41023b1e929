using Nop.Core.Domain.Shipping;
using Npgsql;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Data;

/// <summary>
/// PostgreSQL set up as a store sets it up: text is citext, lengths are not enforced; and what
/// <see cref="ServerStoreTests"/> checks on every server.
/// </summary>
[TestFixture(DatabaseEngine.PostgreSql)]
public class PostgreSqlStoreTests : ServerStoreTests
{
    public PostgreSqlStoreTests(DatabaseEngine engine) : base(engine)
    {
    }

    protected override void AssertRefusedAsDuplicateKey(AsyncTestDelegate insert) =>
        Assert.That(Assert.ThrowsAsync<PostgresException>(insert).SqlState, Is.EqualTo(PostgresErrorCodes.UniqueViolation));

    [Test]
    public async Task String_columns_are_citext()
    {
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT DISTINCT udt_name::text FROM information_schema.columns WHERE table_schema = 'public' AND data_type IN ('USER-DEFINED', 'text', 'character varying')",
            connection);

        var types = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            types.Add(reader.GetString(0));

        Assert.That(types, Is.EqualTo(new[] { "citext" }));
    }

    [Test]
    public async Task Declared_string_lengths_are_not_enforced()
    {
        var warehouse = new Warehouse { Name = new string('W', 1000) };

        await Database.Repository<Warehouse>().InsertAsync(warehouse);

        Assert.That((await Database.Repository<Warehouse>().GetByIdAsync(warehouse.Id)).Name, Has.Length.EqualTo(1000));
    }

    [Test]
    public async Task Product_table_has_the_store_indexes()
    {
        var indexes = await Database.GetIndexNamesAsync("Product");

        Assert.That(indexes, Is.SupersetOf(new[] { "IX_Product_Name", "IX_GetLowStockProducts", "IX_Product_Delete_Id" }));
    }
}
