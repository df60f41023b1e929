namespace Nop.Plugin.Misc.MerchantOps.Packing.Models;

public record PackShipResultModel
{
    public bool Succeeded { get; set; }
    public string Message { get; set; }
    public string Error { get; set; }

    /// <summary>Shipping failed and may pass if tried again (the screen offers "Retry shipping"); false: it needs a person.</summary>
    public bool CanRetry { get; set; }

    /// <summary>The next order to pack; 0 when none is left.</summary>
    public int NextBatchOrderId { get; set; }
    public bool BatchDone { get; set; }
}
