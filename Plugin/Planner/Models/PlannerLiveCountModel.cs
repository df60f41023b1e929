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

    /// <summary>Localized, plain text (encoded by the view).</summary>
    public string Text { get; set; }

    /// <summary>The admin screen where the work is done; null when the actor may not open it.</summary>
    public string Url { get; set; }
}
