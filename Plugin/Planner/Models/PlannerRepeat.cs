namespace Nop.Plugin.Misc.MerchantOps.Planner.Models;

/// <summary>The block form's recurrence chooser; the form builds the RRULE from it (<see cref="Factories.PlannerRuleForm"/>).</summary>
public enum PlannerRepeat
{
    /// <summary>One-off: no rule.</summary>
    None = 0,

    /// <summary>Every week on the ticked days (FREQ=WEEKLY;BYDAY=MO,WE).</summary>
    Weekly = 1,

    /// <summary>Every N weeks on the ticked days (INTERVAL=N).</summary>
    EveryNWeeks = 2,

    /// <summary>Every N months on the nth weekday (FREQ=MONTHLY;BYDAY=1FR, -1 for the last).</summary>
    MonthlyNthWeekday = 3
}
