namespace Nop.Plugin.Misc.MerchantOps.Kpi.Domain;

/// <summary>
/// The sales figures of one (store, vendor, day), as computed from the orders; <see cref="AverageOrderValue"/> is derived,
/// never stored (averages of several days are total revenue over total orders, not an average of averages).
/// </summary>
public sealed record KpiSalesFigures
{
    public int VendorId { get; init; }
    public int OrderCount { get; init; }
    public decimal Revenue { get; init; }
    public int ItemCount { get; init; }
    public int NewCustomerCount { get; init; }
    public int ReturningCustomerCount { get; init; }
    public int RefundedOrderCount { get; init; }
    public decimal RefundedAmount { get; init; }
    public int CancelledOrderCount { get; init; }
    public decimal CancelledAmount { get; init; }

    /// <summary>Revenue per order; 0 on a day without orders.</summary>
    public decimal AverageOrderValue => OrderCount == 0 ? 0m : decimal.Round(Revenue / OrderCount, KpiLimits.AmountDecimals);

    public static KpiSalesFigures Of(KpiSalesDay row) => new()
    {
        VendorId = row.VendorId,
        OrderCount = row.OrderCount,
        Revenue = row.Revenue,
        ItemCount = row.ItemCount,
        NewCustomerCount = row.NewCustomerCount,
        ReturningCustomerCount = row.ReturningCustomerCount,
        RefundedOrderCount = row.RefundedOrderCount,
        RefundedAmount = row.RefundedAmount,
        CancelledOrderCount = row.CancelledOrderCount,
        CancelledAmount = row.CancelledAmount
    };

    /// <summary>Several days' figures added up (the average order value follows: total revenue over total orders).</summary>
    public static KpiSalesFigures Sum(int vendorId, IEnumerable<KpiSalesFigures> days)
    {
        var total = new KpiSalesFigures { VendorId = vendorId };
        foreach (var day in days)
            total = total with
            {
                OrderCount = total.OrderCount + day.OrderCount,
                Revenue = total.Revenue + day.Revenue,
                ItemCount = total.ItemCount + day.ItemCount,
                NewCustomerCount = total.NewCustomerCount + day.NewCustomerCount,
                ReturningCustomerCount = total.ReturningCustomerCount + day.ReturningCustomerCount,
                RefundedOrderCount = total.RefundedOrderCount + day.RefundedOrderCount,
                RefundedAmount = total.RefundedAmount + day.RefundedAmount,
                CancelledOrderCount = total.CancelledOrderCount + day.CancelledOrderCount,
                CancelledAmount = total.CancelledAmount + day.CancelledAmount
            };
        return total;
    }

    /// <summary>The figures with amounts rounded as stored (4 decimals, nopCommerce's decimal columns).</summary>
    public KpiSalesFigures Rounded() => this with
    {
        Revenue = decimal.Round(Revenue, KpiLimits.AmountDecimals),
        RefundedAmount = decimal.Round(RefundedAmount, KpiLimits.AmountDecimals),
        CancelledAmount = decimal.Round(CancelledAmount, KpiLimits.AmountDecimals)
    };
}
