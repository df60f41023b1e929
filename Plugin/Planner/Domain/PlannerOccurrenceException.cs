using Nop.Core;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Domain;

/// <summary>
/// One occurrence of a series skipped or moved (table MerchantOpsPlannerOccurrenceException), keyed by the
/// occurrence's original local start; one exception per occurrence (unique key on block and original start).
/// In the calendar feed a skip is an EXDATE, a move a VEVENT with the series' UID and RECURRENCE-ID.
/// </summary>
public class PlannerOccurrenceException : BaseEntity
{
    public int BlockId { get; set; }

    /// <summary>The local start the series gives the occurrence.</summary>
    public DateTime OriginalStartLocal { get; set; }

    public int KindId { get; set; }

    /// <summary>For a move: the new local start and duration.</summary>
    public DateTime? MovedStartLocal { get; set; }

    public int? MovedDurationMinutes { get; set; }

    public int ChangedByCustomerId { get; set; }

    public DateTime ChangedOnUtc { get; set; }

    public PlannerExceptionKind Kind
    {
        get => (PlannerExceptionKind)KindId;
        set => KindId = (int)value;
    }
}
