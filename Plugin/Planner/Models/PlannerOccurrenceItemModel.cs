using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Models;

/// <summary>
/// One occurrence in the week grid. Text fields are plain text as typed (the view encodes them). <see cref="Top"/> and
/// <see cref="Minutes"/> place it in its day (minutes from the grid's first hour), <see cref="Column"/> of
/// <see cref="Columns"/> puts overlapping occurrences side by side. Times "yyyy-MM-ddTHH:mm", store's local time.
/// </summary>
public record PlannerOccurrenceItemModel : BaseNopModel
{
    public int BlockId { get; set; }
    public int Version { get; set; }
    public string Title { get; set; }
    public string Category { get; set; }
    public string Colour { get; set; }
    public string AssigneeName { get; set; }
    public string TimeText { get; set; }

    /// <summary>The occurrence's key (original start), what occurrence actions name.</summary>
    public string OriginalStart { get; set; }

    /// <summary>Where it is shown (moved or not).</summary>
    public string Start { get; set; }

    public int Minutes { get; set; }
    public int Top { get; set; }
    public int Height { get; set; }
    public int Column { get; set; }
    public int Columns { get; set; } = 1;
    public bool Recurring { get; set; }
    public bool Moved { get; set; }
    public bool Skipped { get; set; }
    public bool Done { get; set; }

    /// <summary>Ended, not done and not skipped, within the days the agenda carries late occurrences.</summary>
    public bool Late { get; set; }
    public string DoneText { get; set; }
    public bool HasProcedure { get; set; }
    public string LiveText { get; set; }
    public string LiveUrl { get; set; }
}
