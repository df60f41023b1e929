namespace Nop.Plugin.Misc.MerchantOps.Planner.Domain;

/// <summary>What happens to one occurrence of a series. Stored as an int: never renumber.</summary>
public enum PlannerExceptionKind
{
    Skip = 1,
    Move = 2
}
