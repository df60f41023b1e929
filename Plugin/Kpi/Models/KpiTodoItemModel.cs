using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Models;

public record KpiTodoItemModel : BaseNopModel
{
    /// <summary>Stable id (packing, returns, reviews, lowstock, carts).</summary>
    public string Id { get; set; }
    public long Count { get; set; }

    /// <summary>The count in words (plain text: encoded by the view).</summary>
    public string Text { get; set; }
    public string Url { get; set; }
}
