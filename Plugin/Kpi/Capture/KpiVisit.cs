using Nop.Core;
using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Capture;

/// <summary>
/// One visitor (a nopCommerce customer, guests included) of one store on one local day: the furthest funnel step reached
/// that day and the entry source of the day's first recorded page. One row per (store, day, customer), kept unique by the
/// database; the step only moves forward; the source is written once, by the insert. No IP address, no URL, no user
/// agent: only what the funnel and source rollups count. Kept <see cref="MerchantOpsSettings.KpiVisitRetentionDays"/> days.
/// </summary>
public class KpiVisit : BaseEntity
{
    public int StoreId { get; set; }

    public int CustomerId { get; set; }

    /// <summary>The local day in the store's time zone as yyyyMMdd (<see cref="KpiDay"/>).</summary>
    public int LocalDay { get; set; }

    /// <summary>The furthest <see cref="KpiFunnelStep"/> reached that day, as its number.</summary>
    public int Step { get; set; }

    /// <summary>utm_source, else the referrer's host, else <see cref="KpiSources.Direct"/> (see <see cref="KpiEntrySource"/>).</summary>
    public string Source { get; set; }

    /// <summary>utm_medium, else <see cref="KpiSources.ReferralMedium"/> for a referrer, else empty.</summary>
    public string Medium { get; set; }

    /// <summary>utm_campaign, else empty.</summary>
    public string Campaign { get; set; }

    public DateTime FirstSeenUtc { get; set; }

    /// <summary>When the day's furthest step was reached.</summary>
    public DateTime LastStepUtc { get; set; }
}
