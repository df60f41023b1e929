using Nop.Core;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Domain;

/// <summary>
/// An order item to pack in a batch (table MerchantOpsPackingBatchItem): the quantity still to ship when the
/// batch was created, the warehouse chosen then, and how many units were verified by scanning.
/// </summary>
public class PackingBatchItem : BaseEntity
{
    public int BatchId { get; set; }

    public int BatchOrderId { get; set; }

    public int OrderItemId { get; set; }

    /// <summary>
    /// The order item id while the batch order holds the item; once released (skipped, removed, shipped, batch
    /// cancelled), minus this row's id. A unique index on it is the database's guarantee that an item is in one active
    /// batch at a time: a vendor's batch takes only that vendor's items of an order, so two vendors hold one order side
    /// by side, while a store staff batch takes every unshipped item and so collides with any vendor's claim.
    /// </summary>
    public int ActiveOrderItemId { get; set; }

    public int ProductId { get; set; }

    /// <summary>The attribute combination of the item; 0 when the product has none for it.</summary>
    public int CombinationId { get; set; }

    /// <summary>Warehouse to pick from and to ship from; 0 when the product has no warehouse.</summary>
    public int WarehouseId { get; set; }

    public int Quantity { get; set; }

    public int VerifiedQuantity { get; set; }
}
