namespace Nop.Plugin.Misc.MerchantOps.Packing.Models;

public record PackerThroughputModel
{
    public string PackerName { get; set; }
    public int OrdersShipped { get; set; }
    public string BusyTime { get; set; }
    public string OrdersPerHour { get; set; }
}
