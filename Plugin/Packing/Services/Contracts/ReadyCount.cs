namespace Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;

/// <summary>
/// How many orders were ready to pack, and when they were counted (UTC). Cached as one value, so every instance of a
/// web farm shows the count with the time it was counted. Plain properties: nopCommerce's distributed cache keeps
/// values as JSON.
/// </summary>
public class ReadyCount
{
    public int Count { get; set; }

    public DateTime CountedOnUtc { get; set; }
}
