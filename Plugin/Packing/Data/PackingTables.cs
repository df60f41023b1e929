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

    /// <summary>The database's guarantee that an order is in one active batch at a time.</summary>
    public const string ActiveOrderIndex = "UX_MerchantOpsPackingBatchOrder_ActiveOrderId";

    /// <summary>On nopCommerce's Order table: the packing queue reads orders by status, oldest first.</summary>
    public const string OrderQueueIndex = "IX_MerchantOps_Order_Packing";
}
