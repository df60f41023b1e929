using Nop.Plugin.Misc.MerchantOps.Benchmarks.Infrastructure;

namespace Nop.Plugin.Misc.MerchantOps.Benchmarks.Seeding;

/// <summary>What the seeding SQL needs to know of the inserted catalog, read back from the database (so a resumed seeding finds it too).</summary>
public sealed record CatalogRanges(
    int SecondStoreId,
    (int First, int Last) Combinations,
    (int First, int Last) Downloads,
    (int First, int Last) SimpleShippable,
    IReadOnlyDictionary<string, int> CountryIds)
{
    public static async Task<CatalogRanges> LoadAsync(BenchDatabase database)
    {
        var secondStoreId = await database.ScalarAsync<int>("SELECT \"Id\" FROM \"Store\" ORDER BY \"Id\" OFFSET 1 LIMIT 1");
        if (secondStoreId == 0)
            throw new InvalidOperationException("The bench database has no second store: the base rows are missing.");

        var countries = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        await using (var connection = await database.OpenAsync())
        await using (var command = new Npgsql.NpgsqlCommand("SELECT \"TwoLetterIsoCode\"::text, \"Id\" FROM \"Country\"", connection))
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                countries[reader.GetString(0)] = reader.GetInt32(1);

        return new CatalogRanges(
            secondStoreId,
            await RangeAsync(database, "attribute combinations", "\"ManageInventoryMethodId\" = 2"),
            await RangeAsync(database, "downloads", "NOT \"IsShipEnabled\""),
            await RangeAsync(database, "simple shippable",
                "\"IsShipEnabled\" AND \"Published\" AND NOT \"UseMultipleWarehouses\" AND \"ManageInventoryMethodId\" = 1"),
            countries);
    }

    private static async Task<(int First, int Last)> RangeAsync(BenchDatabase database, string kind, string predicate)
    {
        await using var connection = await database.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            $"SELECT coalesce(min(\"Id\"), 0), coalesce(max(\"Id\"), 0), count(*) FROM \"Product\" WHERE {predicate}", connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        var (first, last, count) = (reader.GetInt32(0), reader.GetInt32(1), reader.GetInt64(2));
        if (count == 0 || last - first + 1 != count)
            throw new InvalidOperationException($"The {kind} products are not one contiguous id range ({first}..{last}, {count} products).");
        return (first, last);
    }
}
