using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Models;

/// <summary>One occurrence on the agenda. Texts are plain (the view encodes them).</summary>
public record PlannerAgendaItemModel : BaseNopModel
{
    public int BlockId { get; set; }

    /// <summary>The occurrence's key, its original local start as "yyyy-MM-ddTHH:mm" (what the done form posts).</summary>
    public string OccurrenceStart { get; set; }

    /// <summary>"09:00–10:00" (local, the store's zone); for a late one, its day too.</summary>
    public string TimeText { get; set; }

    public string Title { get; set; }

    public string Category { get; set; }

    /// <summary>#rrggbb (checked when saved).</summary>
    public string Colour { get; set; }

    /// <summary>The assignee's name; null when nobody is assigned.</summary>
    public string AssigneeName { get; set; }

    public bool AssignedToMe { get; set; }

    /// <summary>The block's live figure (text and link), when it is bound to store data and the count is known.</summary>
    public PlannerLiveCountModel LiveCount { get; set; }

    public bool Done { get; set; }

    public string DoneByName { get; set; }

    /// <summary>When it was ticked, in the store's zone ("09:12", or "Mon 09:12" on another day).</summary>
    public string DoneAtText { get; set; }

    public string DoneNote { get; set; }

    /// <summary>Ended and not done (carried from an earlier day, or ended earlier today).</summary>
    public bool Late { get; set; }

    /// <summary>The time it was planned for: "Tue 14:00", or "14:00" today.</summary>
    public string LateSinceText { get; set; }
}
