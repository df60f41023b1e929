using Nop.Plugin.Misc.MerchantOps.Planner.Domain;
using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Models;

/// <summary>
/// The live figure a block bound to store data shows (week view and agenda): a short localized text such as
/// "12 orders to pack" or "Yesterday: 34 orders, €1,234.00", and the admin screen where that work is done.
/// </summary>
public record PlannerLiveCountModel : BaseNopModel
{
    public PlannerLiveBinding Binding { get; set; }

    /// <summary>The number itself (orders, customers, products...), for sorting and tests.</summary>
    public long Count { get; set; }

    /// <summary>Yesterday's revenue (primary store currency) for <see cref="PlannerLiveBinding.YesterdaysFigures"/>; null for the others.</summary>
    public decimal? Amount { get; set; }

    /// <summary>When the count was made (UTC): counts are cached for a minute.</summary>
    public DateTime CountedOnUtc { get; set; }

    /// <summary>"as of 14:05" (the admin's time zone and language), to show beside <see cref="Text"/>.</summary>
    public string AsOf { get; set; }

    /// <summary>Localized, plain text (encoded by the view).</summary>
    public string Text { get; set; }

    /// <summary>
    /// The admin screen where the work is done, a path from the site's root (with the application's path base); a
    /// binding is absent, not linked elsewhere, when the actor may not open its screen.
    /// </summary>
    public string Url { get; set; }
}
