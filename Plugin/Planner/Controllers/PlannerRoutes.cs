namespace Nop.Plugin.Misc.MerchantOps.Planner.Controllers;

/// <summary>
/// Names of the planner's screens (controllers, views) and of its one public route (the calendar feed). The sidebar
/// item is MerchantOpsDefaults.Menu.Planner.
/// </summary>
public static class PlannerRoutes
{
    public const string WeekController = "Planner";

    /// <summary>The week page: the agenda's "Open the planner" link, and where a POST without a local return goes.</summary>
    public const string WeekUrl = "~/Admin/Planner/Index";

    /// <summary>Occurrence actions (done, undo, skip, restore, move); the dashboard's agenda posts to them too.</summary>
    public const string OccurrenceController = "PlannerOccurrence";

    /// <summary>The dashboard agenda's Mine / Team switch.</summary>
    public const string AgendaController = "PlannerAgenda";

    /// <summary>The shoot list (products without pictures) and its CSV.</summary>
    public const string ShootListController = "PlannerShootList";

    /// <summary>Admin: the user's calendar link (/Admin/PlannerFeed/Index), linked from the week page.</summary>
    public const string FeedController = "PlannerFeed";

    /// <summary>Public: the .ics itself, answered by <see cref="PlannerCalendarController"/>.</summary>
    public const string CalendarController = "PlannerCalendar";

    public const string CalendarAction = "Feed";

    /// <summary>The name of the feed's route (registered by <see cref="PlannerRouteProvider"/>).</summary>
    public const string CalendarRouteName = "Plugin.Misc.MerchantOps.Planner.Calendar";

    /// <summary>The feed URL below the store's location: <c>merchantops/planner/{token}.ics</c>.</summary>
    public const string CalendarPathPrefix = "merchantops/planner/";

    public const string CalendarPattern = CalendarPathPrefix + "{token}.ics";

    public const string ViewsPath = MerchantOpsDefaults.ViewsPath + "Planner/";
}
