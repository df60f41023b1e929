namespace Nop.Plugin.Misc.MerchantOps.Kpi.Data;

/// <summary>One vendor's lines of one order, summed (a row of <see cref="KpiSalesQuery"/>'s SQL, never loaded alone).</summary>
public sealed class KpiVendorOrder
{
    public int VendorId { get; init; }
    public int OrderId { get; init; }
    public int CustomerId { get; init; }
    public int OrderStatusId { get; init; }
    public decimal OrderTotal { get; init; }
    public decimal RefundedAmount { get; init; }
    public int Items { get; init; }
    public decimal Amount { get; init; }
}
