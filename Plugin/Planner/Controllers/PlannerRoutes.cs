namespace Nop.Plugin.Misc.MerchantOps.Planner.Controllers;

/// <summary>Names of the planner's screens (controllers, views). The sidebar item is MerchantOpsDefaults.Menu.Planner.</summary>
public static class PlannerRoutes
{
    public const string WeekController = "Planner";

    /// <summary>Occurrence actions (done, undo, skip, restore, move); the dashboard's agenda posts to them too.</summary>
    public const string OccurrenceController = "PlannerOccurrence";

    /// <summary>The calendar-feed page (its own controller), linked from the week page.</summary>
    public const string FeedController = "PlannerFeed";

    public const string ViewsPath = MerchantOpsDefaults.ViewsPath + "Planner/";
}
