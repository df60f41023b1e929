using Nop.Data.Mapping;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Data;

/// <summary>Table and index names of the packing schema.</summary>
public static class PackingTables
{
    public const string Batch = "MerchantOpsPackingBatch";
    public const string BatchOrder = "MerchantOpsPackingBatchOrder";
    public const string BatchItem = "MerchantOpsPackingBatchItem";
    public const string Event = "MerchantOpsPackingEvent";

    /// <summary>The batch orders holding an order (several: one per vendor packing their part of it).</summary>
    public const string ActiveOrderIndex = "IX_MerchantOpsPackingBatchOrder_ActiveOrderId";

    /// <summary>
    /// Before per-vendor claims: the unique index that kept an order in one active batch at a time, whole. Dropped by
    /// <see cref="PackingVendorClaimsMigration"/>; the guarantee moved to <see cref="ActiveOrderItemIndex"/>.
    /// </summary>
    public const string WholeOrderClaimIndex = "UX_MerchantOpsPackingBatchOrder_ActiveOrderId";

    /// <summary>The database's guarantee that an order item is in one active batch at a time.</summary>
    public const string ActiveOrderItemIndex = "UX_MerchantOpsPackingBatchItem_ActiveOrderItemId";

    /// <summary>On nopCommerce's Order table: the packing queue reads orders by status, oldest first.</summary>
    public const string OrderQueueIndex = "IX_MerchantOps_Order_Packing";
}
