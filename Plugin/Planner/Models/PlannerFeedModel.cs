using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Models;

/// <summary>
/// The "My calendar link" page. <see cref="FeedUrl"/> is set only in the answer to the POST that created or replaced
/// the link (the only moment the secret exists outside the database's hash); any later GET shows whether a link
/// exists, never the link.
/// </summary>
public record PlannerFeedModel : BaseNopModel
{
    public bool HasFeed { get; set; }

    /// <summary>https://…/merchantops/planner/{token}.ics, shown once.</summary>
    public string FeedUrl { get; set; }

    /// <summary>The same URL as webcal:// (opens the computer's calendar app), shown once.</summary>
    public string WebcalUrl { get; set; }

    /// <summary>Resource key of what just happened (created, replaced), shown above the link.</summary>
    public string MessageKey { get; set; }

    /// <summary>This week's occurrences the calendar shows (the user's blocks in every store, skipped ones left out).</summary>
    public IList<PlannerFeedPreviewItemModel> ThisWeek { get; set; } = new List<PlannerFeedPreviewItemModel>();
}
