using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Models;

/// <summary>One occurrence of this week that the user's calendar shows (the feed page's preview). Plain text, encoded by the view.</summary>
public record PlannerFeedPreviewItemModel : BaseNopModel
{
    /// <summary>Day and time in the store's zone, in the admin's language ("Monday 09:00–09:30").</summary>
    public string When { get; set; }

    public string Title { get; set; }

    /// <summary>The store's name, when there are several stores.</summary>
    public string StoreName { get; set; }
}
