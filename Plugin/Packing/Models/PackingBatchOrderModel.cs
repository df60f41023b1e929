namespace Nop.Plugin.Misc.MerchantOps.Packing.Models;

public record PackingBatchOrderModel
{
    public int BatchOrderId { get; set; }
    public int OrderId { get; set; }
    public string OrderNumber { get; set; }
    public string CustomerName { get; set; }
    public int StatusId { get; set; }
    public string Status { get; set; }
    public string StatusCssClass { get; set; }
    public string SkipReason { get; set; }
    public string Problem { get; set; }
    public string Note { get; set; }
    public bool VerifiedManually { get; set; }
    public int ItemCount { get; set; }
    public int VerifiedCount { get; set; }
    public string ShippedOn { get; set; }
    public bool CanSkip { get; set; }
    public bool CanRemove { get; set; }
    public bool CanFlag { get; set; }
    public bool CanClear { get; set; }
    public bool CanPack { get; set; }

    /// <summary>Shipping failed for a reason that may pass: the Pack button reads "Retry shipping".</summary>
    public bool CanRetryShip { get; set; }
}
