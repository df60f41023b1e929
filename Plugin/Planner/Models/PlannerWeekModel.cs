using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Models;

/// <summary>
/// The week page: Monday to Sunday of one store, hours <see cref="FirstHour"/> to <see cref="LastHour"/> (widened to
/// show every block), the previous / next / this week's days, the store picker and the "my blocks" filter.
/// </summary>
public record PlannerWeekModel : BaseNopModel
{
    public int StoreId { get; set; }
    public bool Mine { get; set; }

    /// <summary>"yyyy-MM-dd" of the Monday.</summary>
    public string Monday { get; set; }

    public string Previous { get; set; }
    public string Next { get; set; }
    public string Today { get; set; }
    public string Heading { get; set; }
    public string TimeZoneName { get; set; }
    public int FirstHour { get; set; }
    public int LastHour { get; set; }

    /// <summary>The default routine was never created for this store: offer it.</summary>
    public bool OfferRoutine { get; set; }

    /// <summary>A block had more occurrences than one expansion may give; some are not shown.</summary>
    public bool Truncated { get; set; }

    /// <summary>The day shown first on narrow screens (today when in this week, else Monday).</summary>
    public string ActiveDay { get; set; }

    public IList<PlannerDayModel> Days { get; set; } = new List<PlannerDayModel>();
    public IList<string> Hours { get; set; } = new List<string>();
    public IList<SelectListItem> AvailableStores { get; set; } = new List<SelectListItem>();
}
