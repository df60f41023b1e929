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

    public int ProductId { get; set; }

    /// <summary>The attribute combination of the item; 0 when the product has none for it.</summary>
    public int CombinationId { get; set; }

    /// <summary>Warehouse to pick from and to ship from; 0 when the product has no warehouse.</summary>
    public int WarehouseId { get; set; }

    public int Quantity { get; set; }

    public int VerifiedQuantity { get; set; }
}
