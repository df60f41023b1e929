using System.Globalization;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Benchmarks.Infrastructure;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;
using Nop.Plugin.Misc.MerchantOps.Packing.Services;

namespace Nop.Plugin.Misc.MerchantOps.Benchmarks.Benchmarks;

/// <summary>Rows of the seeded store that packing benchmarks start from.</summary>
public static class PackingBenchData
{
    private const string ReadyWhere =
        "WHERE NOT o.\"Deleted\" AND o.\"OrderStatusId\" IN (10, 20) AND o.\"PaymentStatusId\" = 30 AND o.\"ShippingStatusId\" IN (20, 25) " +
        "AND EXISTS (SELECT 1 FROM \"OrderItem\" oi JOIN \"Product\" p ON p.\"Id\" = oi.\"ProductId\" WHERE oi.\"OrderId\" = o.\"Id\" AND p.\"IsShipEnabled\") ";

    /// <summary>How many orders the packing queue holds with the default setting (no batch claiming any).</summary>
    public const string ReadyCountSql = "SELECT count(*) FROM \"Order\" o " + ReadyWhere;

    /// <summary>The oldest orders of the packing queue (default setting: not deleted, pending or processing, paid, not or partially shipped, with a shippable item), oldest first.</summary>
    public static async Task<int[]> OldestReadyOrderIdsAsync(BenchDatabase database, int count)
    {
        // materialized: asked for the oldest N directly, PostgreSQL may walk the CreatedOnUtc index from the store's oldest order
        var ids = await database.ScalarAsync<string>(
            "WITH ready AS MATERIALIZED (SELECT o.\"Id\" AS id, o.\"CreatedOnUtc\" AS created FROM \"Order\" o " + ReadyWhere + ") " +
            "SELECT string_agg(id::text, ',' ORDER BY created, id) FROM (" +
            $"SELECT id, created FROM ready ORDER BY created, id LIMIT {count.ToString(CultureInfo.InvariantCulture)}) oldest");
        if (string.IsNullOrEmpty(ids))
            throw new InvalidOperationException("The bench database has no order ready to pack.");
        return ids.Split(',').Select(id => int.Parse(id, CultureInfo.InvariantCulture)).ToArray();
    }

    /// <summary>
    /// The store's orders with the highest ids that have a shippable item, oldest first. In a store the orders
    /// waiting to be packed are its newest, with the highest ids; nopdata.sh numbers its ready orders first (ids 1 to
    /// 10,000), which hides plans that walk nopCommerce's Order table in id order up to the batch's orders.
    /// </summary>
    public static async Task<int[]> HighestIdOrderIdsAsync(BenchDatabase database, int count)
    {
        var ids = await database.ScalarAsync<string>(
            "SELECT string_agg(id::text, ',' ORDER BY id) FROM (" +
            "SELECT o.\"Id\" AS id FROM \"Order\" o WHERE NOT o.\"Deleted\" " +
            "AND EXISTS (SELECT 1 FROM \"OrderItem\" oi JOIN \"Product\" p ON p.\"Id\" = oi.\"ProductId\" WHERE oi.\"OrderId\" = o.\"Id\" AND p.\"IsShipEnabled\") " +
            $"ORDER BY o.\"Id\" DESC LIMIT {count.ToString(CultureInfo.InvariantCulture)}) newest");
        return ids.Split(',').Select(id => int.Parse(id, CultureInfo.InvariantCulture)).ToArray();
    }

    /// <summary>
    /// A batch of <paramref name="count"/> orders created by the administrator: the oldest ready orders through the batch
    /// service, or the orders with the highest ids claimed directly (they are not ready in the bench store; the batch
    /// pages do not look).
    /// </summary>
    public static async Task<int> CreateBatchAsync(BenchDatabase database, PluginServices services, int administratorId, BatchOrders orders, int count)
    {
        if (orders == BatchOrders.OldestReady)
        {
            var created = await services.Get<IPackingBatchService>()
                .CreateFromSelectionAsync(await OldestReadyOrderIdsAsync(database, count), "Benchmark batch", administratorId);
            if (!created.Succeeded || created.ClaimedOrderIds.Count != count)
                throw new InvalidOperationException($"The benchmark batch was not created whole: {created.ResourceKey}, " +
                    $"{created.ClaimedOrderIds.Count} of {count} orders claimed, {created.RefusedOrders.Count} refused.");
            return created.BatchId;
        }

        var batch = PackingBatch.Create("Benchmark batch", 0, 0, administratorId, administratorId, DateTime.UtcNow);
        await services.Get<IRepository<PackingBatch>>().InsertAsync(batch, publishEvent: false);
        var (claimed, refused) = await services.Get<OrderClaimer>().ClaimAsync(batch, await HighestIdOrderIdsAsync(database, count), 0);
        if (claimed.Count != count)
            throw new InvalidOperationException($"The benchmark batch was not created whole: {claimed.Count} of {count} orders claimed, {refused.Count} refused.");
        return batch.Id;
    }
}

/// <summary>Which orders a benchmark's batch holds.</summary>
public enum BatchOrders
{
    /// <summary>The oldest ready orders of the bench store (ids among 1 to 10,000).</summary>
    OldestReady,

    /// <summary>The orders with the highest ids, as a store's newest orders are numbered.</summary>
    HighestIds
}
