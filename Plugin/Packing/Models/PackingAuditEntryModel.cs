namespace Nop.Plugin.Misc.MerchantOps.Packing.Models;

public record PackingAuditEntryModel
{
    public string CreatedOn { get; set; }
    public string Who { get; set; }
    public string Event { get; set; }
    public string OrderNumber { get; set; }
    public string Code { get; set; }
    public string Message { get; set; }
    public string Note { get; set; }

    /// <summary>A refused scan or a manual override: shown highlighted.</summary>
    public bool Highlight { get; set; }
}
