using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Models;

/// <summary>"Create batch from selected": the ticked order ids.</summary>
public record CreateBatchFromSelectionModel : BaseNopModel
{
    /// <summary>
    /// One form value per ticked checkbox. An array, not a List&lt;int&gt;: nopCommerce registers a comma-list type
    /// converter for List&lt;int&gt;, so MVC would bind only the first ticked order.
    /// </summary>
    public int[] SelectedOrderIds { get; set; } = [];

    public string BatchName { get; set; }
}
