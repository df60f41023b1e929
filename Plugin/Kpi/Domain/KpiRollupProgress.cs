using Nop.Core;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Domain;

/// <summary>
/// The rollup's state for one store (one row per store, unique): how far the backfill of the days before the plugin
/// came has gone (it walks back from <see cref="BackfillEndDay"/> to <see cref="FirstOrderDay"/>, newest first, one
/// chunk per task run), who holds it right now (a claim, taken and given back by conditional updates), and the last
/// local day whose recent past was rolled up again. Days are yyyyMMdd in the store's time zone (<see cref="KpiDay"/>).
/// </summary>
public class KpiRollupProgress : BaseEntity
{
    public int StoreId { get; set; }

    public string TimeZoneId { get; set; }

    /// <summary>The first day the regular rollup covers (yesterday when the backfill began); the backfill stops before it.</summary>
    public int BackfillEndDay { get; set; }

    /// <summary>The next day the backfill rolls up, walking back; below <see cref="FirstOrderDay"/> means done.</summary>
    public int BackfillNextDay { get; set; }

    /// <summary>The local day of the store's oldest order when the backfill began; 0 when the store had none.</summary>
    public int FirstOrderDay { get; set; }

    public int BackfillDaysDone { get; set; }

    public DateTime? BackfillCompletedOnUtc { get; set; }

    /// <summary>The run now working on the backfill, or null; its claim lapses at <see cref="ClaimExpiresOnUtc"/> (a crashed run).</summary>
    public Guid? ClaimToken { get; set; }

    public DateTime? ClaimExpiresOnUtc { get; set; }

    /// <summary>The local day on which the recent days were last rolled up again (late refunds and cancellations).</summary>
    public int RecentRefreshDay { get; set; }

    public DateTime StartedOnUtc { get; set; }

    public DateTime UpdatedOnUtc { get; set; }
}
