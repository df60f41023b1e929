using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Models;

/// <summary>One page of the shoot list: published products without pictures, by name.</summary>
public record PlannerShootListModel : BaseNopModel
{
    public IList<PlannerShootListRowModel> Rows { get; set; } = [];

    /// <summary>Every product without pictures the actor may see (all pages).</summary>
    public int Total { get; set; }

    /// <summary>1-based.</summary>
    public int Page { get; set; }

    public int PageCount { get; set; }

    public int PageSize { get; set; }
}
