using Nop.Core;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Domain;

/// <summary>
/// The sales of one local day of a store (<see cref="VendorId"/> 0) or of one vendor's products in it, as the rollup
/// computed them from nopCommerce's orders: a snapshot, rewritten whole each time the day is rolled up again. One row per
/// (store, vendor, day), kept unique by the database. Amounts are in the store's primary currency. What each figure
/// counts is written in Kpi/README.md.
/// </summary>
public class KpiSalesDay : BaseEntity
{
    public int StoreId { get; set; }

    /// <summary>0 for the whole store; else the vendor whose products' lines alone are counted.</summary>
    public int VendorId { get; set; }

    /// <summary>The local day in the store's time zone as yyyyMMdd (<see cref="KpiDay"/>).</summary>
    public int LocalDay { get; set; }

    public int OrderCount { get; set; }
    public decimal Revenue { get; set; }
    public int ItemCount { get; set; }
    public int NewCustomerCount { get; set; }
    public int ReturningCustomerCount { get; set; }
    public int RefundedOrderCount { get; set; }
    public decimal RefundedAmount { get; set; }
    public int CancelledOrderCount { get; set; }
    public decimal CancelledAmount { get; set; }

    /// <summary>The time zone the day's bounds were taken in (a store whose zone changes is rolled up again in the new one).</summary>
    public string TimeZoneId { get; set; }

    public DateTime ComputedOnUtc { get; set; }
}
