using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Models;

/// <summary>Filters of the batch list: mine or everybody's, and the state.</summary>
public record PackingBatchSearchModel : BaseSearchModel
{
    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Packing.Batches.Scope")]
    public bool MineOnly { get; set; }

    /// <summary>0 = batches still under way, -1 = any, otherwise a PackingBatchState.</summary>
    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Packing.Batches.State")]
    public int StateId { get; set; }

    public IList<SelectListItem> AvailableScopes { get; set; } = new List<SelectListItem>();
    public IList<SelectListItem> AvailableStates { get; set; } = new List<SelectListItem>();
}
