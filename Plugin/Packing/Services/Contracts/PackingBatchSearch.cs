using Nop.Plugin.Misc.MerchantOps.Packing.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;

/// <summary>Search of the batch list; 0/null mean "any".</summary>
public sealed record PackingBatchSearch
{
    public PackingBatchState? State { get; init; }

    /// <summary>Only batches not yet done or cancelled.</summary>
    public bool OpenOnly { get; init; }

    public int StoreId { get; init; }

    public int AssigneeCustomerId { get; init; }
}
