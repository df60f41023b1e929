using Nop.Core;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Digest.Domain;

/// <summary>
/// The weekly digest of one store and one week, claimed before it is queued: one row per (store, week), kept unique by
/// the database, so two app instances running the task at once make one row and one email. The run holding the claim
/// (<see cref="ClaimToken"/>, lapsing at <see cref="ClaimExpiresOnUtc"/> if the run died) queues nopCommerce's
/// QueuedEmail and stores its id in the same transaction; <see cref="QueuedEmailId"/> set means sent, for good.
/// </summary>
public class KpiDigestSend : BaseEntity
{
    public int StoreId { get; set; }

    /// <summary>The ISO week of the send day, year × 100 + week (202649); see <see cref="KpiDigestSchedule.WeekOf"/>.</summary>
    public int WeekKey { get; set; }

    /// <summary>The first and last local day (yyyyMMdd) of the figures sent.</summary>
    public int FromDay { get; set; }

    public int ToDay { get; set; }

    public Guid? ClaimToken { get; set; }

    public DateTime? ClaimExpiresOnUtc { get; set; }

    /// <summary>nopCommerce's queued email of this digest; null until it is queued.</summary>
    public int? QueuedEmailId { get; set; }

    public DateTime? QueuedOnUtc { get; set; }

    public DateTime CreatedOnUtc { get; set; }
}
