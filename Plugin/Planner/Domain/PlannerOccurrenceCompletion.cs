using Nop.Core;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Domain;

/// <summary>
/// An occurrence ticked done (table MerchantOpsPlannerOccurrenceCompletion): who, when, a note. One per occurrence,
/// keyed like exceptions by the original local start: the unique key makes a double tick one completion.
/// </summary>
public class PlannerOccurrenceCompletion : BaseEntity
{
    public int BlockId { get; set; }

    public DateTime OccurrenceStartLocal { get; set; }

    public int DoneByCustomerId { get; set; }

    public DateTime DoneOnUtc { get; set; }

    public string Note { get; set; }
}
