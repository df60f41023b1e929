using LinqToDB;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Data;

/// <summary>
/// Conditional updates, the database's way of deciding races: a row is saved only if nobody saved it since it was
/// read (its Version is unchanged), and a scan ticks a unit only while units are left. Only linq2db API that
/// linq2db 5 (the store) and 6 (the stand-in) share. Kept apart because <c>using LinqToDB</c> makes some of
/// nopCommerce's async helpers ambiguous.
/// </summary>
internal static class PackingRowUpdates
{
    public static async Task<bool> SaveIfUnchangedAsync(this IRepository<PackingBatch> batches, PackingBatch batch)
    {
        var expected = batch.Version;
        var changed = await batches.Table
            .Where(row => row.Id == batch.Id && row.Version == expected)
            .UpdateAsync(row => new PackingBatch
            {
                Name = batch.Name,
                StateId = batch.StateId,
                AssigneeCustomerId = batch.AssigneeCustomerId,
                PickingStartedOnUtc = batch.PickingStartedOnUtc,
                PackingStartedOnUtc = batch.PackingStartedOnUtc,
                FinishedOnUtc = batch.FinishedOnUtc,
                Version = expected + 1
            });

        return Saved(changed, () => batch.Version = expected + 1);
    }

    public static async Task<bool> SaveIfUnchangedAsync(this IRepository<PackingBatchOrder> orders, PackingBatchOrder order)
    {
        var expected = order.Version;
        var changed = await orders.Table
            .Where(row => row.Id == order.Id && row.Version == expected)
            .UpdateAsync(row => new PackingBatchOrder
            {
                ActiveOrderId = order.ActiveOrderId,
                StatusId = order.StatusId,
                SkipReasonId = order.SkipReasonId,
                Note = order.Note,
                ProblemResourceKey = order.ProblemResourceKey,
                PackStartedOnUtc = order.PackStartedOnUtc,
                PackedOnUtc = order.PackedOnUtc,
                PackedByCustomerId = order.PackedByCustomerId,
                VerifiedManually = order.VerifiedManually,
                ShipAttemptGuid = order.ShipAttemptGuid,
                ShipAttemptOnUtc = order.ShipAttemptOnUtc,
                ShipStepId = order.ShipStepId,
                ShipmentId = order.ShipmentId,
                TrackingNumber = order.TrackingNumber,
                TotalWeight = order.TotalWeight,
                ShippedOnUtc = order.ShippedOnUtc,
                ShippedByCustomerId = order.ShippedByCustomerId,
                Version = expected + 1
            });

        return Saved(changed, () => order.Version = expected + 1);
    }

    /// <summary>Ticks one unit of the item, unless every unit is already verified (two scans racing for the last one).</summary>
    public static async Task<bool> TickAsync(this IRepository<PackingBatchItem> items, int itemId)
    {
        var changed = await items.Table
            .Where(row => row.Id == itemId && row.VerifiedQuantity < row.Quantity)
            .Set(row => row.VerifiedQuantity, row => row.VerifiedQuantity + 1)
            .UpdateAsync();

        return changed == 1;
    }

    /// <summary>
    /// Gives back the items of a batch order that no longer holds its order (skipped, removed, shipped, batch
    /// cancelled): their unique ActiveOrderItemId becomes minus their id, so another batch may take them.
    /// </summary>
    public static Task<int> ReleaseItemsAsync(this IRepository<PackingBatchItem> items, int batchOrderId) =>
        items.Table
            .Where(row => row.BatchOrderId == batchOrderId && row.ActiveOrderItemId > 0)
            .Set(row => row.ActiveOrderItemId, row => -row.Id)
            .UpdateAsync();

    /// <summary>
    /// Items still marked held although their batch order let the order go: left by a request that died between the
    /// batch order's release and its items' (two statements). A claim calls it for its candidates before inserting.
    /// </summary>
    public static Task<int> ReleaseStaleItemsAsync(this IRepository<PackingBatchItem> items, IRepository<PackingBatchOrder> batchOrders,
        IReadOnlyCollection<int> orderIds)
    {
        var ids = orderIds.ToArray();
        var released = batchOrders.Table.Where(row => ids.Contains(row.OrderId) && row.ActiveOrderId <= 0).Select(row => row.Id);
        return items.Table
            .Where(row => row.ActiveOrderItemId > 0 && released.Contains(row.BatchOrderId))
            .Set(row => row.ActiveOrderItemId, row => -row.Id)
            .UpdateAsync();
    }

    private static bool Saved(int changed, Action onSaved)
    {
        if (changed != 1)
            return false;

        onSaved();
        return true;
    }
}
