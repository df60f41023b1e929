using Nop.Core;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Domain;

/// <summary>
/// The storefront funnel of one local day of a store, rolled up from the day's visitor records: each count is the
/// number of distinct visitors (nopCommerce customers, guests included; bots, admins and staff never recorded) whose
/// furthest step that day is at least the step. One row per (store, day), kept unique by the database, rewritten whole
/// by each rollup of the day. Store-wide only: a vendor sees no traffic.
/// </summary>
public class KpiFunnelDay : BaseEntity
{
    public int StoreId { get; set; }

    /// <summary>The local day in the store's time zone as yyyyMMdd (<see cref="KpiDay"/>).</summary>
    public int LocalDay { get; set; }

    public int VisitorCount { get; set; }
    public int ProductViewCount { get; set; }
    public int AddToCartCount { get; set; }
    public int CheckoutCount { get; set; }
    public int OrderCount { get; set; }

    public string TimeZoneId { get; set; }

    public DateTime ComputedOnUtc { get; set; }
}
