using Nop.Core;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Domain;

/// <summary>
/// The marker of a store's default routine (table MerchantOpsPlannerRoutineSeed): its unique store id is what makes
/// two clicks, or two people at once, create the routine once. Inserted in the same transaction as the routine's
/// blocks; kept when the blocks are edited or deleted, so the routine is offered once.
/// </summary>
public class PlannerRoutineSeed : BaseEntity
{
    public int StoreId { get; set; }

    /// <summary>The language of the texts seeded ("en" or "fr").</summary>
    public string Culture { get; set; }

    public int CreatedByCustomerId { get; set; }

    public DateTime CreatedOnUtc { get; set; }
}
