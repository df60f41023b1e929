using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Models;

/// <summary>
/// The Packing page: how many orders wait, the filters, the grid and the batch buttons. Also what "next N oldest"
/// posts (the filters, N and the name).
/// </summary>
public record PackingQueuePageModel : PackingQueueSearchModel
{
    /// <summary>Orders ready to pack in every store (cached for at most a minute).</summary>
    public int ReadyCount { get; set; }

    /// <summary>When <see cref="ReadyCount"/> was counted, in the admin's time zone and words: "as of 2:05 PM".</summary>
    public string ReadyCountAsOf { get; set; }

    /// <summary>Proposed size of "next N oldest" (the PackingDefaultBatchSize setting).</summary>
    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Packing.Queue.NextCount")]
    public int NextCount { get; set; }

    public int MaxBatchSize { get; set; }

    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Packing.Queue.BatchName")]
    public string BatchName { get; set; }
}
