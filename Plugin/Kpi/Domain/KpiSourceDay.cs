using Nop.Core;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Domain;

/// <summary>
/// Visitors and ordering visitors of one local day of a store per entry source: the source of a visitor's day is the
/// one of that day's first recorded page (UTM source/medium/campaign when the URL had them, else the referrer's host,
/// else "direct"). One row per (store, day, source, medium, campaign), kept unique by the database, rewritten whole by
/// each rollup of the day. Store-wide only.
/// </summary>
public class KpiSourceDay : BaseEntity
{
    public int StoreId { get; set; }

    /// <summary>The local day in the store's time zone as yyyyMMdd (<see cref="KpiDay"/>).</summary>
    public int LocalDay { get; set; }

    /// <summary>utm_source, else the referrer's host (lower case, without "www."), else <see cref="KpiSources.Direct"/>.</summary>
    public string Source { get; set; }

    /// <summary>utm_medium, else <see cref="KpiSources.ReferralMedium"/> for a referrer, else empty.</summary>
    public string Medium { get; set; }

    /// <summary>utm_campaign, else empty.</summary>
    public string Campaign { get; set; }

    public int VisitorCount { get; set; }

    /// <summary>Visitors of this source whose day reached <see cref="KpiFunnelStep.OrderPlaced"/>.</summary>
    public int OrderCount { get; set; }

    public DateTime ComputedOnUtc { get; set; }
}
