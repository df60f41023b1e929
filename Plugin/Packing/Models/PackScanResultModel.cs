namespace Nop.Plugin.Misc.MerchantOps.Packing.Models;

/// <summary>The answer to a scan, read by packing.js (values are set with textContent there).</summary>
public record PackScanResultModel
{
    public bool Accepted { get; set; }
    public string Outcome { get; set; }
    public string Message { get; set; }
    public int BatchItemId { get; set; }
    public int VerifiedQuantity { get; set; }
    public int Quantity { get; set; }
    public bool OrderPacked { get; set; }

    /// <summary>An order number of the batch was scanned: the pack screen opens that order.</summary>
    public int OpenBatchOrderId { get; set; }
}
