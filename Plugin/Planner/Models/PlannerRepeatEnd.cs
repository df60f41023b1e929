namespace Nop.Plugin.Misc.MerchantOps.Planner.Models;

/// <summary>How a series ends: never, after a date (UNTIL) or after a number of occurrences (COUNT).</summary>
public enum PlannerRepeatEnd
{
    Never = 0,
    OnDate = 1,
    AfterCount = 2
}
