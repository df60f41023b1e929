namespace Nop.Plugin.Misc.MerchantOps.Planner.Controllers;

/// <summary>Names and addresses the dashboard agenda uses.</summary>
public static class PlannerAgendaRoutes
{
    public const string AgendaController = "PlannerAgenda";

    /// <summary>The done and undo endpoints of an occurrence (POST blockId, occurrenceStart, note, returnUrl).</summary>
    public const string OccurrenceController = "PlannerOccurrence";

    /// <summary>The planner's week view, the agenda's "Open the planner" link and where a POST without a local return goes.</summary>
    public const string PlannerUrl = "~/Admin/Planner/Index";

    public const string ViewsPath = MerchantOpsDefaults.ViewsPath + "Planner/";
}
