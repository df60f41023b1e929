using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Models;

/// <summary>The dashboard's "Today's agenda" card: today's occurrences and the late ones, mine or the team's.</summary>
public record PlannerAgendaModel : BaseNopModel
{
    /// <summary>Mine (assigned to the current user) or the team's, as the user last chose.</summary>
    public bool MineOnly { get; set; }

    /// <summary>Today, long form in the user's language ("Monday 2 March").</summary>
    public string TodayText { get; set; }

    /// <summary>The store's zone, shown so a user elsewhere knows which clock the times follow.</summary>
    public string TimeZoneName { get; set; }

    public IList<PlannerAgendaItemModel> Items { get; set; } = new List<PlannerAgendaItemModel>();

    /// <summary>The oldest late ones (at most PlannerAgendaModelFactory.MaxLateShown).</summary>
    public IList<PlannerAgendaItemModel> Late { get; set; } = new List<PlannerAgendaItemModel>();

    /// <summary>Late ones not on the card (the planner shows them).</summary>
    public int MoreLateCount { get; set; }
}
