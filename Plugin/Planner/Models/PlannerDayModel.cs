using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Models;

/// <summary>A day column of the week grid (and a tab of the narrow screens' day view).</summary>
public record PlannerDayModel : BaseNopModel
{
    /// <summary>"yyyy-MM-dd".</summary>
    public string Date { get; set; }

    public string Name { get; set; }
    public string ShortName { get; set; }
    public bool IsToday { get; set; }
    public IList<PlannerOccurrenceItemModel> Items { get; set; } = new List<PlannerOccurrenceItemModel>();
}
