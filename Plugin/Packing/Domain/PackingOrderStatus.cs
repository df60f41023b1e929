namespace Nop.Plugin.Misc.MerchantOps.Packing.Domain;

/// <summary>
/// Where one order of a batch stands. Pending, Packed, Shipping and Problem hold the order (it is in no
/// other active batch); Shipped, Skipped and Removed release it.
/// </summary>
public enum PackingOrderStatus
{
    Pending = 10,
    Packed = 20,
    Shipping = 30,
    Shipped = 40,
    Problem = 50,
    Skipped = 60,
    Removed = 70
}
