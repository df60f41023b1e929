namespace Nop.Plugin.Misc.MerchantOps.Replies.Services.Contracts;

public class FaqPublishResult
{
    public bool Succeeded { get; init; }

    public string ResourceKey { get; init; }

    public int TopicId { get; init; }

    /// <summary>Selected replies left out because they use order, customer or shipment tokens.</summary>
    public IList<int> RefusedReplyIds { get; init; } = new List<int>();
}
