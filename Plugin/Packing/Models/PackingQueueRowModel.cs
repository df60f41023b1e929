using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Models;

/// <summary>One order of the queue grid (values are encoded by the grid).</summary>
public record PackingQueueRowModel : BaseNopEntityModel
{
    public string OrderNumber { get; set; }
    public string CreatedOn { get; set; }
    public string Age { get; set; }
    public string CustomerName { get; set; }
    public string Country { get; set; }
    public string ShippingMethod { get; set; }
    public int ItemCount { get; set; }
    public string PaymentStatus { get; set; }
    public string StoreName { get; set; }
}
