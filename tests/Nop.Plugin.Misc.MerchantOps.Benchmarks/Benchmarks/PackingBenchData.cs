using System.Globalization;
using Nop.Plugin.Misc.MerchantOps.Benchmarks.Infrastructure;

namespace Nop.Plugin.Misc.MerchantOps.Benchmarks.Benchmarks;

/// <summary>Rows of the seeded store that packing benchmarks start from.</summary>
public static class PackingBenchData
{
    /// <summary>The oldest orders of the packing queue (SPEC §1, default setting), oldest first.</summary>
    public static async Task<int[]> OldestReadyOrderIdsAsync(BenchDatabase database, int count)
    {
        var ids = await database.ScalarAsync<string>(
            "SELECT string_agg(id::text, ',' ORDER BY created, id) FROM (" +
            "SELECT o.\"Id\" AS id, o.\"CreatedOnUtc\" AS created FROM \"Order\" o " +
            "WHERE NOT o.\"Deleted\" AND o.\"OrderStatusId\" IN (10, 20) AND o.\"PaymentStatusId\" = 30 AND o.\"ShippingStatusId\" IN (20, 25) " +
            "AND EXISTS (SELECT 1 FROM \"OrderItem\" oi JOIN \"Product\" p ON p.\"Id\" = oi.\"ProductId\" WHERE oi.\"OrderId\" = o.\"Id\" AND p.\"IsShipEnabled\") " +
            $"ORDER BY o.\"CreatedOnUtc\", o.\"Id\" LIMIT {count.ToString(CultureInfo.InvariantCulture)}) ready");
        if (string.IsNullOrEmpty(ids))
            throw new InvalidOperationException("The bench database has no order ready to pack.");
        return ids.Split(',').Select(id => int.Parse(id, CultureInfo.InvariantCulture)).ToArray();
    }
}
