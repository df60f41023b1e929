using Nop.Plugin.Misc.MerchantOps.Planner.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Services.Contracts;

/// <summary>
/// One occurrence as the week view and the agenda show it: the block, where the occurrence is, whether it is done
/// (by whom, when, note) and, for the agenda, whether it is late (a past undone occurrence carried to today).
/// </summary>
public record PlannerWeekItem(PlannerBlock Block, PlannerOccurrence Occurrence, PlannerOccurrenceCompletion Completion, bool Late = false)
{
    public bool Done => Completion != null;
}
